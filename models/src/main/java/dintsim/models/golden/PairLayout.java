package dintsim.models.golden;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector shapes of the pair kernel, fixed once. A 16-bit lane pair (k even, k odd) holds two
 * products of ONE output, so that summing a pair into its 32-bit lane widens without mixing
 * outputs (what x86's pmaddwd does in one instruction, built here from Vector API operations).
 *
 * <p>The species are static final constants on purpose: the JIT vectorises only species it can
 * see as constants.
 */
final class PairLayout {
    /** 16-bit lanes of the machine's preferred vector size (32 with AVX-512, 16 with AVX2). */
    static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_PREFERRED;
    /** The same bits seen as 32-bit lanes: one lane per output column. */
    static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    /** Rows of A in one register tile. */
    static final int TILE_ROWS = 4;
    /** Vectors of output columns in one register tile. */
    static final int TILE_VECTORS = 2;
    /** Output columns in one weight panel (and one register tile). */
    static final int PANEL_COLS = TILE_VECTORS * INTS.length();

    private PairLayout() {
    }

    static {
        if (SHORTS.vectorBitSize() != INTS.vectorBitSize()) {
            throw new IllegalStateException("preferred short and int vectors differ in size: "
                    + SHORTS + " vs " + INTS);
        }
    }

    /** Number of k pairs for a dot product of length k (the odd tail is padded with a zero). */
    static int pairs(int k) {
        return (k + 1) / 2;
    }

    /** Packs a[2p] (low half) and a[2p+1] (high half) as one int. */
    static int pack(byte lo, byte hi) {
        return (lo & 0xFFFF) | (hi << 16);
    }
}

package dintsim.sim.hw.array;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector shape of the grid kernels: a row of PEs is stepped in chunks of this many int lanes
 * (16 with AVX-512, 8 with AVX2), columns beyond the last full chunk one PE at a time. A static
 * final constant because C2 vectorises only species it sees as constants.
 */
final class GridLanes {
    static final VectorSpecies<Integer> INTS = IntVector.SPECIES_PREFERRED;
    static final int LANES = INTS.length();

    private GridLanes() {
    }

    /** Columns [0, full) of a row of {@code cols} PEs go in vector chunks; [full, cols) one by one. */
    static int fullColumns(int cols) {
        return cols - cols % LANES;
    }

    /**
     * True when a lane of {@code lanes} holds a sum = before + p that left [min, max] or wrapped
     * around the int range: the chunk must then go through the overflow policy one PE at a time.
     * (Only reached when partial sums can overflow at all: narrow accumulators.)
     */
    static boolean outOfRange(IntVector before, IntVector p, IntVector sum, VectorMask<Integer> lanes, long min,
                              long max) {
        return sum.compare(VectorOperators.LT, (int) min)
                .or(sum.compare(VectorOperators.GT, (int) max))
                .or(before.lanewise(VectorOperators.XOR, sum).and(p.lanewise(VectorOperators.XOR, sum))
                        .compare(VectorOperators.LT, 0))
                .and(lanes).anyTrue();
    }
}

package dintsim.sim.hw.array;

import jdk.incubator.vector.IntVector;
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

    /** The accumulator bound as an int (the vector kernel runs only when the range fits an int). */
    static int bound(long value) {
        return (int) value;
    }
}

package dintsim.sim.hw.array;

/**
 * Which fold and which stream index entered PE(0,0) at each recent cycle x. Every operand in the
 * array is somewhere on a skewed diagonal, so a PE at (r, c) at cycle t finds what it holds at
 * x = t - r - c (and the left and top edges at x = t - r, t - c): the array carries no per-PE
 * fold tags, like the hardware's skew registers.
 */
final class StreamRing {
    private final FoldSchedule schedule;
    private final int[] fold;
    private final int[] index;
    private final int[] rowTile;
    private final int[] colTile;
    private final int mask;
    private int nextFold;

    StreamRing(FoldSchedule schedule, int depth) {
        this.schedule = schedule;
        int size = Integer.highestOneBit(Math.max(depth, 2)) << 1;
        this.fold = new int[size];
        this.index = new int[size];
        this.rowTile = new int[size];
        this.colTile = new int[size];
        this.mask = size - 1;
        java.util.Arrays.fill(fold, -1);
    }

    /** Records what enters PE(0,0) at cycle t; called once per cycle, t ascending. */
    void advance(long t) {
        int T = schedule.streamLength();
        while (nextFold < schedule.folds() && t >= schedule.base(nextFold) + T) {
            nextFold++;
        }
        int slot = (int) (t & mask);
        if (nextFold < schedule.folds() && t >= schedule.base(nextFold)) {
            fold[slot] = nextFold;
            index[slot] = (int) (t - schedule.base(nextFold));
            rowTile[slot] = schedule.rowTile(nextFold); // cached: the edges read them every cycle
            colTile[slot] = schedule.colTile(nextFold);
        } else {
            fold[slot] = -1;
        }
    }

    /** Fold at stream position x, or -1 (x must be within the ring's depth of the last advance). */
    int fold(long x) {
        return x < 0 ? -1 : fold[(int) (x & mask)];
    }

    /** Stream index (position along the streamed dimension) at x; valid when {@link #fold} is not -1. */
    int index(long x) {
        return index[(int) (x & mask)];
    }

    /** Row tile of the fold at x. */
    int rowTile(long x) {
        return rowTile[(int) (x & mask)];
    }

    /** Column tile of the fold at x. */
    int colTile(long x) {
        return colTile[(int) (x & mask)];
    }

    /** True once every fold has entered PE(0,0) completely before cycle t. */
    boolean exhaustedBefore(long t) {
        int last = schedule.folds() - 1;
        return t > schedule.base(last) + schedule.streamLength() - 1;
    }
}

package dintsim.sim.hw.array;

/**
 * Which fold and which stream index (m for ws, k for os) entered PE(0,0) at each recent cycle x.
 * Every operand in the array is somewhere on a skewed diagonal, so a PE at (r, c) at cycle t
 * finds what it holds at x = t - r - c (and the left and top edges at x = t - r, t - c): the
 * array carries no per-PE fold tags, like the hardware's skew registers.
 */
final class StreamRing {
    private final FoldSchedule schedule;
    private final int[] fold;
    private final int[] index;
    private final int[] inner;
    private final int[] outer;
    private final int mask;
    private int nextFold;

    StreamRing(FoldSchedule schedule, int depth) {
        this.schedule = schedule;
        int size = Integer.highestOneBit(Math.max(depth, 2)) << 1;
        this.fold = new int[size];
        this.index = new int[size];
        this.inner = new int[size];
        this.outer = new int[size];
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
            inner[slot] = schedule.innerTile(nextFold); // cached: the edges read them every cycle
            outer[slot] = schedule.outerTile(nextFold);
        } else {
            fold[slot] = -1;
        }
    }

    /** Fold at stream position x, or -1 (x must be within the ring's depth of the last advance). */
    int fold(long x) {
        return x < 0 ? -1 : fold[(int) (x & mask)];
    }

    int index(long x) {
        return index[(int) (x & mask)];
    }

    /** Inner tile (ws k-tile, os n-tile) of the fold at x; valid when {@link #fold} is not -1. */
    int innerTile(long x) {
        return inner[(int) (x & mask)];
    }

    /** Outer tile (ws n-tile, os m-tile) of the fold at x. */
    int outerTile(long x) {
        return outer[(int) (x & mask)];
    }

    /** True once every fold has entered PE(0,0) completely before cycle t. */
    boolean exhaustedBefore(long t) {
        int last = schedule.folds() - 1;
        return t > schedule.base(last) + schedule.streamLength() - 1;
    }
}

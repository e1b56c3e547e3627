package dintsim.sim.hw.array;

import dintsim.models.golden.CodeMatrix;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.Clock;
import dintsim.sim.kernel.ClockDomain;
import dintsim.sim.kernel.Clocked;
import dintsim.sim.kernel.Event;
import dintsim.sim.kernel.SimContext;

/**
 * The per-PE, cycle-accurate array: every cycle each PE's registers are evaluated from the state
 * at the start of the cycle, and values move one PE per cycle exactly as TIMING.md says. The
 * grid's state lives in primitive arrays (no per-PE objects) and is updated row by row.
 *
 * <p>Subclasses hold one dataflow. The run ends when every fold has been fed and no operand is
 * left in the array; the cycle count is the cycle of the last output slot + 1, measured, not
 * taken from the formula (idle PEs beyond the matrix edge complete empty output slots, so a fold
 * is timed over the full array, as TIMING.md requires).
 */
public abstract class CycleAccurateArray implements Clocked {
    protected final ProductTable table;
    protected final FoldSchedule schedule;
    protected final ArrayStats stats;
    protected final int rows;
    protected final int cols;
    protected final byte[] a;
    protected final byte[] w;
    protected final int m;
    protected final int k;
    protected final int n;
    protected final int[] out;
    protected final StreamRing ring;
    /**
     * False when no partial sum can leave the accumulator range: every one is a sum of at most K
     * products and K of the largest fit. The vector kernels then skip the range check.
     */
    protected final boolean mayOverflow;
    protected long lastOutputCycle = -1;
    private boolean done;
    // At most one write per PE per cycle (os); ws writes at most one per column.
    private final int[] stagedIndex;
    private final int[] stagedValue;
    private int stagedCount;
    private long outputWrites;
    private OutputWriteListener listener;
    private java.util.function.DoubleConsumer progress;
    /** Cycles between progress reports: rare enough to cost nothing, frequent enough for a bar. */
    private static final long PROGRESS_PERIOD = 1 << 16;
    private ClockDomain domain;
    private GridKernel kernel = GridKernel.VECTOR;

    protected CycleAccurateArray(ProductTable table, FoldSchedule schedule, CodeMatrix activations, CodeMatrix weights,
                                 ArrayStats stats) {
        this.table = table;
        this.schedule = schedule;
        this.stats = stats;
        this.rows = schedule.array().rows();
        this.cols = schedule.array().cols();
        this.a = activations.codes();
        this.w = weights.codes();
        this.m = activations.rows();
        this.k = activations.cols();
        this.n = weights.rows();
        this.out = new int[m * n];
        this.mayOverflow = !table.design().cannotOverflow(k);
        this.ring = new StreamRing(schedule, rows + cols + 2);
        this.stagedIndex = new int[rows * cols];
        this.stagedValue = new int[rows * cols];
    }

    /** The array for the schedule's dataflow. */
    public static CycleAccurateArray create(ProductTable table, FoldSchedule schedule, CodeMatrix activations,
                                            CodeMatrix weights, ArrayStats stats) {
        return schedule.dataflow().cycleArray(table, schedule, activations, weights, stats);
    }

    /** Runs the array on {@code context} with a clock of one tick per cycle until it drains. */
    public void run(SimContext context) {
        domain = new ClockDomain(context, new Clock(1));
        domain.add(this);
        // The contract's total plus slack bounds the run: passing it means the model is broken.
        long limit = schedule.totalCycles() + rows + cols + 8;
        domain.start(0, limit);
        if (progress != null) {
            double expected = schedule.totalCycles();
            context.schedule(new Event("progress", 1) {
                @Override
                public void process() {
                    if (!done) {
                        progress.accept(Math.min(1.0, context.now() / expected));
                        context.schedule(this, context.now() + PROGRESS_PERIOD);
                    }
                }
            }, PROGRESS_PERIOD);
        }
        context.run();
        if (!done) {
            throw new IllegalStateException("array did not drain within " + limit + " cycles");
        }
        stats.setCycles(lastOutputCycle + 1);
        finish();
        if (progress != null) {
            progress.accept(1.0);
        }
    }

    /** Reports the fraction of the run done, every {@value #PROGRESS_PERIOD} cycles, from a kernel event. */
    public void setProgress(java.util.function.DoubleConsumer progress) {
        this.progress = progress;
    }

    /**
     * Chooses how the PE grid is stepped (default {@link GridKernel#VECTOR}); both hold the same
     * registers after every cycle. Call before {@link #run}.
     */
    public void setKernel(GridKernel kernel) {
        this.kernel = java.util.Objects.requireNonNull(kernel, "kernel");
    }

    /** True when this run steps the grid with the vector kernel: chosen, and the products are values times values. */
    protected final boolean vectorGrid() {
        return kernel == GridKernel.VECTOR && table.separable();
    }

    /** Reports every output-buffer write (for co-simulation traces); null to stop. */
    public void setOutputWriteListener(OutputWriteListener listener) {
        this.listener = listener;
    }

    /**
     * Stages one output-buffer write during the evaluate phase (flat index m * N + n); it reaches
     * the output tensor and the listener in {@link #commitOutputWrites}, in staging order.
     */
    protected final void stageOutputWrite(int flatIndex, int value) {
        stagedIndex[stagedCount] = flatIndex;
        stagedValue[stagedCount] = value;
        stagedCount++;
    }

    /** Commit phase: applies this cycle's staged writes to the output tensor, reports and counts them. */
    protected final void commitOutputWrites(long cycle) {
        for (int i = 0; i < stagedCount; i++) {
            out[stagedIndex[i]] = stagedValue[i];
            if (listener != null) {
                listener.written(cycle, stagedIndex[i] / n, stagedIndex[i] % n, stagedValue[i]);
            }
        }
        outputWrites += stagedCount;
        stagedCount = 0;
    }

    /** Output-buffer writes committed so far. */
    protected final long outputWrites() {
        return outputWrites;
    }

    /** The output tensor (accumulator values, M x N, row-major). */
    public int[] outputs() {
        return out;
    }

    /** Cycle of the last output slot at the array's output edge (idle PEs complete empty slots). */
    public long lastOutputCycle() {
        return lastOutputCycle;
    }

    /** Called by subclasses at the end of a cycle in which the array held no operand. */
    protected void drainedAt(long cycle) {
        if (ring.exhaustedBefore(cycle + 1) && !done) {
            done = true;
            domain.stopAfter(cycle);
        }
    }

    /** Copies of the PE registers, for tests that compare kernels. */
    abstract int[][] registers();

    /** Flushes counts kept locally during the run into {@link #stats}. */
    protected abstract void finish();
}

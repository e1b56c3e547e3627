package dintsim.sim.hw.array;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacKind;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.Event;
import dintsim.sim.kernel.SimContext;

/**
 * The fast fidelity: one event per fold at the fold's start cycle; each fold's event counts come
 * from closed forms over the fold's used rows and columns and the weight-kind counts of its
 * tile (TIMING.md, "Event counts"), which the dataflow states ({@link Dataflow#countFold}). Values are not moved (the caller takes them from the golden
 * GEMM). Agrees with {@link CycleAccurateArray} on every count; tests check this.
 */
public final class FastArray {
    private final ProductTable table;
    private final FoldSchedule schedule;
    private final CodeMatrix weights;
    private final ArrayStats stats;

    public FastArray(ProductTable table, FoldSchedule schedule, CodeMatrix weights, ArrayStats stats) {
        this.table = table;
        this.schedule = schedule;
        this.weights = weights;
        this.stats = stats;
    }

    /** Runs all folds as events on {@code context}. */
    public void run(SimContext context) {
        ArrayShape shape = schedule.array();
        int rows = shape.rows();
        int cols = shape.cols();
        WeightKindCounts kinds = new WeightKindCounts(weights, table, rows);
        long[] kindTotals = new long[MacKind.COUNT];
        // usage[ur][uc]: folds using exactly ur rows and uc columns; expanded to per-PE MACs at the end.
        long[] usage = new long[(rows + 1) * (cols + 1)];
        long T = schedule.streamLength();
        Dataflow dataflow = schedule.dataflow();
        Event foldEvent = new Event("fold") {
            private int fold;

            @Override
            public void process() {
                int ur = schedule.usedRows(fold);
                int uc = schedule.usedCols(fold);
                dataflow.countFold(schedule, fold, kinds, kindTotals, stats);
                usage[ur * (cols + 1) + uc]++;
                fold++;
                if (fold < schedule.folds()) {
                    context.schedule(this, schedule.start(fold));
                }
            }
        };
        context.schedule(foldEvent, schedule.start(0));
        context.run();
        for (int kind = 0; kind < MacKind.COUNT; kind++) {
            stats.addOps(kind, kindTotals[kind]);
        }
        addPeMacs(usage, rows, cols, T);
        stats.setCycles(schedule.totalCycles());
    }

    /** PE(r, c) works T cycles in every fold with ur > r and uc > c: a 2-D suffix sum. */
    private void addPeMacs(long[] usage, int rows, int cols, long T) {
        int w = cols + 1;
        long[] suffix = new long[(rows + 2) * (w + 1)];
        int sw = w + 1;
        for (int ur = rows; ur >= 1; ur--) {
            for (int uc = cols; uc >= 1; uc--) {
                suffix[ur * sw + uc] = usage[ur * w + uc] + suffix[(ur + 1) * sw + uc] + suffix[ur * sw + uc + 1]
                        - suffix[(ur + 1) * sw + uc + 1];
            }
        }
        long[] peMacs = stats.peMacs();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                peMacs[r * cols + c] += T * suffix[(r + 1) * sw + c + 1];
            }
        }
    }
}

package dintsim.sim.hw.array;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacKind;
import dintsim.sim.hw.mac.ProductTable;
import java.util.Locale;

/**
 * Output-stationary array, cycle by cycle (TIMING.md, "Output-stationary").
 *
 * <p>State: each PE's activation register (code with DATA, CLEAR, LAST flags), its weight
 * register (product-table offset, MAC kind, PRESENT and DATA flags) and its accumulator.
 * Activations enter through a virtual left column, weights through a virtual top row. Stream
 * slots are PRESENT in every row and column so the fold is timed over the full array; rows
 * beyond M and columns beyond N carry no DATA. A PE holding two DATA operands does one MAC;
 * the pair carrying LAST writes the PE's output at the end of the cycle (an idle PE completes an
 * empty slot and writes nothing). Visiting PEs bottom-right to top-left makes
 * the in-place update equal to evaluate-then-commit (see {@link StationaryCycleArray}).
 */
final class OsCycleArray extends CycleAccurateArray {
    private static final int PRESENT = 1 << 8;
    private static final int DATA_SHIFT = 9;
    private static final int DATA = 1 << DATA_SHIFT;
    private static final int CLEAR = 1 << 10;
    private static final int LAST = 1 << 11;
    private static final int CODE = 0xFF;
    private static final int W_PRESENT = 1 << 29;
    private static final int W_DATA_SHIFT = 30;
    private static final int W_DATA = 1 << W_DATA_SHIFT;
    private static final int W_KIND_SHIFT = 24;
    private static final int W_OFFSET = (1 << W_KIND_SHIFT) - 1;

    private final int[] act;    // R x (C+1), column 0 is the left-edge feed
    private final int[] wgt;    // (R+1) x C, row 0 is the top-edge feed
    private final int[] acc;    // R x C
    private final long[] macsByKind; // kind-major: kind * R*C + pe
    private long cycle;
    private boolean anySlot;
    private long regActivation;
    private long regWeight;
    private long inputReads;
    private long weightReads;

    OsCycleArray(ProductTable table, FoldSchedule schedule, CodeMatrix activations, CodeMatrix weights, ArrayStats stats) {
        super(table, schedule, activations, weights, stats);
        act = new int[rows * (cols + 1)];
        wgt = new int[(rows + 1) * cols];
        acc = new int[rows * cols];
        macsByKind = new long[MacKind.COUNT * rows * cols];
    }

    @Override
    public void evaluate(long t) {
        cycle = t;
        ring.advance(t);
        feedLeft(t);
        feedTop(t);
        if (stepGrid(t)) {
            lastOutputCycle = t; // a slot flagged last passed a PE (idle PEs complete empty slots)
        }
        if (!anySlot) {
            drainedAt(t);
        }
    }

    /**
     * The PE grid for one cycle, in a small method of its own so the JIT optimises its loops
     * fully; returns whether a slot flagged last passed a PE, and sets {@link #anySlot}.
     */
    private boolean stepGrid(long t) {
        final int[] act = this.act;
        final int[] wgt = this.wgt;
        final int[] acc = this.acc;
        final int[] products = table.products();
        final long[] macsByKind = this.macsByKind;
        final long min = table.min();
        final long max = table.max();
        final int c1 = cols + 1;
        final int pes = rows * cols;
        long activations = 0;
        long weights = 0;
        long slots = 0;
        boolean lastSlot = false;
        for (int r = rows - 1; r >= 0; r--) {
            final int aRow = r * c1 + 1;
            final int wRow = (r + 1) * cols;
            final int peRow = r * cols;
            for (int c = cols - 1; c >= 0; c--) {
                int at = act[aRow + c - 1];
                int wt = wgt[wRow - cols + c];
                act[aRow + c] = at;
                wgt[wRow + c] = wt;
                if (at == 0) {
                    continue; // no stream slot here (the weight slot is absent too: they travel together)
                }
                slots++;
                activations += (at >>> DATA_SHIFT) & 1;
                weights += (wt >>> W_DATA_SHIFT) & 1;
                if ((at & DATA) != 0 && (wt & W_DATA) != 0) {
                    int pe = peRow + c;
                    int p = products[(wt & W_OFFSET) + (at & CODE)];
                    int base = (at & CLEAR) != 0 ? 0 : acc[pe];
                    long s = (long) base + p;
                    int v = s >= min && s <= max ? (int) s : overflow(base, p, s, r, c);
                    acc[pe] = v;
                    macsByKind[((wt >>> W_KIND_SHIFT) & 3) * pes + pe]++;
                    if ((at & LAST) != 0) {
                        stageOutput(r, c, v);
                    }
                }
                if ((at & LAST) != 0) {
                    lastSlot = true;
                }
            }
        }
        regActivation += activations;
        regWeight += weights;
        anySlot = slots != 0;
        return lastSlot;
    }

    @Override
    public void commit(long t) {
        commitOutputWrites(t);
    }

    private void feedLeft(long t) {
        int c1 = cols + 1;
        int last = schedule.streamLength() - 1;
        for (int r = 0; r < rows; r++) {
            long x = t - r;
            int f = ring.fold(x);
            int tok = 0;
            if (f >= 0) {
                int mi = ring.rowTile(x) * rows + r;
                int ki = ring.index(x);
                tok = PRESENT | (ki == 0 ? CLEAR : 0) | (ki == last ? LAST : 0);
                if (mi < m) {
                    tok |= DATA | (a[mi * k + ki] & CODE);
                    inputReads++;
                }
            }
            act[r * c1] = tok;
        }
    }

    private void feedTop(long t) {
        int stride = table.activationCodes();
        for (int c = 0; c < cols; c++) {
            long x = t - c;
            int f = ring.fold(x);
            int tok = 0;
            if (f >= 0) {
                int ni = ring.colTile(x) * cols + c;
                tok = W_PRESENT;
                if (ni < n) {
                    int code = w[ni * k + ring.index(x)] & CODE;
                    tok |= W_DATA | (table.kind(code) << W_KIND_SHIFT) | code * stride;
                    weightReads++;
                }
            }
            wgt[c] = tok;
        }
    }

    /** PE(r, c) finished its output; the fold is the one at stream position t - r - c. */
    private void stageOutput(int r, int c, int value) {
        long x = cycle - r - c;
        int mi = ring.rowTile(x) * rows + r;
        int ni = ring.colTile(x) * cols + c;
        stageOutputWrite(mi * n + ni, value);
    }

    private int overflow(int base, int p, long sum, int r, int c) {
        long x = cycle - r - c;
        int f = ring.fold(x);
        String where = String.format(Locale.ROOT, "output [%d][%d], k = %d (partial sum %d)",
                ring.rowTile(x) * rows + r, ring.colTile(x) * cols + c, ring.index(x), base);
        return table.overflow(base, p, sum, where);
    }

    @Override
    protected void finish() {
        int pes = rows * cols;
        long[] peMacs = stats.peMacs();
        for (int kind = 0; kind < MacKind.COUNT; kind++) {
            long total = 0;
            for (int pe = 0; pe < pes; pe++) {
                long v = macsByKind[kind * pes + pe];
                total += v;
                peMacs[pe] += v;
            }
            stats.addOps(kind, total);
        }
        stats.addRegWrites(Operand.ACTIVATION, regActivation);
        stats.addRegWrites(Operand.WEIGHT, regWeight);
        stats.addRegPsum(stats.totalOps());
        stats.addReads(Operand.ACTIVATION, inputReads);
        stats.addReads(Operand.WEIGHT, weightReads);
        stats.addOutputWrites(outputWrites());
    }
}

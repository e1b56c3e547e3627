package dintsim.sim.hw.array;

import static dintsim.sim.hw.array.GridLanes.INTS;
import static dintsim.sim.hw.array.GridLanes.LANES;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacKind;
import dintsim.sim.hw.mac.ProductTable;
import java.util.Locale;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

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
 *
 * <p>The vector kernel ({@link GridKernel#VECTOR}) steps a row in chunks of lanes from right to
 * left, as {@link StationaryCycleArray} does; the operands' fixed values ride beside the tokens
 * ({@code actValue}, {@code wgtValue}) and products are their products (the table is checked to
 * be exactly that). MACs per PE and kind are counted in int lanes and flushed to the long
 * counters before they could overflow. Outputs are staged lane by lane from the right, the
 * scalar order; a chunk in which a sum leaves the accumulator range redoes its MACs one by one.
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
    private final int[] actValue;   // beside act: the activation's fixed value
    private final int[] wgtValue;   // beside wgt: the weight's fixed value
    private final int[] laneMacs;   // the vector kernel's MAC counts, as macsByKind, flushed into it
    private final int shift;
    private long laneMacsSince;
    /** Cycles between flushes of laneMacs: a PE does at most one MAC per cycle. */
    private static final long FLUSH_PERIOD = 1L << 30;
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
        actValue = new int[rows * (cols + 1)];
        wgtValue = new int[(rows + 1) * cols];
        laneMacs = new int[MacKind.COUNT * rows * cols];
        shift = table.productShift();
    }

    @Override
    public void evaluate(long t) {
        cycle = t;
        ring.advance(t);
        feedLeft(t);
        feedTop(t);
        if (vectorGrid() ? stepGridVector(t) : stepGrid(t)) {
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

    /** The PE grid for one cycle, a row of PEs per chunk of lanes; as {@link #stepGrid}. */
    private boolean stepGridVector(long t) {
        if (t - laneMacsSince >= FLUSH_PERIOD) {
            flushLaneMacs();
            laneMacsSince = t;
        }
        int full = GridLanes.fullColumns(cols);
        long slots = 0;
        boolean lastSlot = false;
        for (int r = rows - 1; r >= 0; r--) {
            for (int c = cols - 1; c >= full; c--) {
                int at = stepPe(r, c);
                slots += at != 0 ? 1 : 0;
                lastSlot |= (at & LAST) != 0;
            }
            for (int c0 = full - LANES; c0 >= 0; c0 -= LANES) {
                int live = chunk(r, c0);
                if (live != 0) {
                    slots += live;
                    lastSlot |= macChunk(r, c0);
                }
            }
        }
        anySlot = slots != 0;
        return lastSlot;
    }

    /** PE(r, c) alone, as in {@link #stepGrid}; returns the activation token it now holds. */
    private int stepPe(int r, int c) {
        int aRow = r * (cols + 1) + 1;
        int wRow = (r + 1) * cols;
        int at = act[aRow + c - 1];
        int wt = wgt[wRow - cols + c];
        act[aRow + c] = at;
        wgt[wRow + c] = wt;
        actValue[aRow + c] = actValue[aRow + c - 1];
        wgtValue[wRow + c] = wgtValue[wRow - cols + c];
        if (at != 0) {
            regActivation += (at >>> DATA_SHIFT) & 1;
            regWeight += (wt >>> W_DATA_SHIFT) & 1;
            macPe(r, c, at, wt);
        }
        return at;
    }

    /** The MAC (if both operands carry DATA) and the output of PE(r, c), through the product table. */
    private void macPe(int r, int c, int at, int wt) {
        if ((at & DATA) != 0 && (wt & W_DATA) != 0) {
            int pes = rows * cols;
            int pe = r * cols + c;
            int p = table.products()[(wt & W_OFFSET) + (at & CODE)];
            int base = (at & CLEAR) != 0 ? 0 : acc[pe];
            long s = (long) base + p;
            int v = s >= table.min() && s <= table.max() ? (int) s : overflow(base, p, s, r, c);
            acc[pe] = v;
            macsByKind[((wt >>> W_KIND_SHIFT) & 3) * pes + pe]++;
            if ((at & LAST) != 0) {
                stageOutput(r, c, v);
            }
        }
    }

    /**
     * Moves the chunk's activations one PE right and its weights one PE down (with their values);
     * returns how many of its PEs now hold a slot, and counts the operand register writes.
     */
    private int chunk(int r, int c0) {
        int from = r * (cols + 1) + c0;
        int wFrom = r * cols + c0;
        IntVector at = IntVector.fromArray(INTS, act, from);
        IntVector wt = IntVector.fromArray(INTS, wgt, wFrom);
        at.intoArray(act, from + 1);
        wt.intoArray(wgt, wFrom + cols);
        IntVector.fromArray(INTS, actValue, from).intoArray(actValue, from + 1);
        IntVector.fromArray(INTS, wgtValue, wFrom).intoArray(wgtValue, wFrom + cols);
        VectorMask<Integer> live = at.compare(VectorOperators.NE, 0);
        int slots = live.trueCount();
        if (slots != 0) {
            regActivation += at.lanewise(VectorOperators.AND, DATA).compare(VectorOperators.NE, 0).trueCount();
            regWeight += wt.lanewise(VectorOperators.AND, W_DATA).compare(VectorOperators.NE, 0).and(live).trueCount();
        }
        return slots;
    }

    /** The chunk's MACs, MAC counts and outputs; returns whether a slot flagged last is in it. */
    private boolean macChunk(int r, int c0) {
        int aRow = r * (cols + 1) + 1;
        int wRow = (r + 1) * cols;
        int pe0 = r * cols + c0;
        IntVector at = IntVector.fromArray(INTS, act, aRow + c0);
        IntVector wt = IntVector.fromArray(INTS, wgt, wRow + c0);
        VectorMask<Integer> mac = at.lanewise(VectorOperators.AND, DATA).compare(VectorOperators.NE, 0)
                .and(wt.lanewise(VectorOperators.AND, W_DATA).compare(VectorOperators.NE, 0));
        boolean last = at.lanewise(VectorOperators.AND, LAST).compare(VectorOperators.NE, 0).anyTrue();
        if (!mac.anyTrue()) {
            return last;
        }
        IntVector old = IntVector.fromArray(INTS, acc, pe0);
        IntVector base = old.blend(0, at.lanewise(VectorOperators.AND, CLEAR).compare(VectorOperators.NE, 0));
        IntVector p = IntVector.fromArray(INTS, actValue, aRow + c0)
                .mul(IntVector.fromArray(INTS, wgtValue, wRow + c0)).lanewise(VectorOperators.LSHL, shift);
        IntVector sum = base.add(p);
        if (mayOverflow && GridLanes.outOfRange(base, p, sum, mac, table.min(), table.max())) {
            for (int c = c0 + LANES - 1; c >= c0; c--) {
                macPe(r, c, act[aRow + c], wgt[wRow + c]);
            }
            return last;
        }
        old.blend(sum, mac).intoArray(acc, pe0);
        IntVector kind = wt.lanewise(VectorOperators.LSHR, W_KIND_SHIFT).lanewise(VectorOperators.AND, 3);
        int pes = rows * cols;
        for (int q = 0; q < MacKind.COUNT; q++) {
            VectorMask<Integer> counted = kind.compare(VectorOperators.EQ, q).and(mac);
            IntVector.fromArray(INTS, laneMacs, q * pes + pe0).sub(IntVector.zero(INTS).blend(-1, counted))
                    .intoArray(laneMacs, q * pes + pe0);
        }
        if (last) {
            stageChunk(r, c0);
        }
        return last;
    }

    /** Stages the chunk's finished outputs lane by lane from the right (the scalar kernel's order). */
    private void stageChunk(int r, int c0) {
        int aRow = r * (cols + 1) + 1;
        int wRow = (r + 1) * cols;
        for (int c = c0 + LANES - 1; c >= c0; c--) {
            int at = act[aRow + c];
            if ((at & LAST) != 0 && (at & DATA) != 0 && (wgt[wRow + c] & W_DATA) != 0) {
                stageOutput(r, c, acc[r * cols + c]);
            }
        }
    }

    private void flushLaneMacs() {
        for (int i = 0; i < laneMacs.length; i++) {
            macsByKind[i] += laneMacs[i];
            laneMacs[i] = 0;
        }
    }

    @Override
    public void commit(long t) {
        commitOutputWrites(t);
    }

    private void feedLeft(long t) {
        int c1 = cols + 1;
        int last = schedule.streamLength() - 1;
        long reads = 0; // a local: a field incremented every row chains the rows through memory
        for (int r = 0; r < rows; r++) {
            long x = t - r;
            int f = ring.fold(x);
            int tok = 0;
            if (f >= 0) {
                int mi = ring.rowTile(x) * rows + r;
                int ki = ring.index(x);
                tok = PRESENT | (ki == 0 ? CLEAR : 0) | (ki == last ? LAST : 0);
                if (mi < m) {
                    int code = a[mi * k + ki] & CODE;
                    tok |= DATA | code;
                    actValue[r * c1] = table.activationValue(code);
                    reads++;
                }
            }
            act[r * c1] = tok;
        }
        inputReads += reads;
    }

    private void feedTop(long t) {
        int stride = table.activationCodes();
        long reads = 0;
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
                    wgtValue[c] = table.weightValue(code);
                    reads++;
                }
            }
            wgt[c] = tok;
        }
        weightReads += reads;
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

    /** Copies of the registers (activation and weight tokens, accumulators), for tests. */
    @Override
    int[][] registers() {
        return new int[][] {act.clone(), wgt.clone(), acc.clone()};
    }

    @Override
    protected void finish() {
        flushLaneMacs();
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

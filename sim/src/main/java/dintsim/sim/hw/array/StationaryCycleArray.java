package dintsim.sim.hw.array;

import static dintsim.sim.hw.array.GridLanes.INTS;
import static dintsim.sim.hw.array.GridLanes.LANES;

import dintsim.models.golden.CodeMatrix;
import dintsim.sim.hw.mac.ProductTable;
import java.util.Arrays;
import java.util.Locale;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * A stationary-operand array, cycle by cycle (TIMING.md, "Weight-stationary" and
 * "Input-stationary"): one operand is preloaded into the PEs (weights for ws, activations for
 * is), the other streams in from the left, and partial sums flow down the columns. Rows cover K,
 * columns cover the stationary operand's other dimension (J = N for ws, M for is), and the
 * streamed operand's other dimension (T = M for ws, N for is) runs in time. Both operands are
 * stored J x K and T x K in the trace layout, so this class sees only "stationary" and "stream"
 * matrices; the dataflow says which is which, and where output (t, j) lives in O.
 *
 * <p>State: each PE's stream register (a token: code, DATA, PRESENT and SWITCH flags), its
 * partial-sum register, shadow and active stationary codes. A stream slot is PRESENT in every row
 * (idle rows beyond K carry no DATA but pass the partial sum down, so the skew is still paid).
 * The left edge is a virtual column of tokens and the top a virtual row of partial sums (the
 * previous k-tile's, read from the output buffer).
 *
 * <p>Evaluate-then-commit without copying: PEs are visited from the bottom-right to the top-left,
 * and each reads only its left and upper neighbours, which are visited after it; so every read
 * sees the register value from the start of the cycle, as two-phase evaluation would.
 *
 * <p>The vector kernel ({@link GridKernel#VECTOR}) steps a row in chunks of lanes, chunks from
 * right to left: a chunk's tokens are loaded from one column to the left and stored in place,
 * which reads every register before it is overwritten, as the scalar order does. Products are
 * the stationary value times the streamed value (the product table is checked to be exactly
 * that); the values ride beside the tokens in {@code actValue} and {@code activeValue}, derived
 * state only the vector kernel reads. A chunk with a SWITCH token switches its PEs one by one
 * first; a chunk in which a sum leaves the accumulator range redoes its sums one by one, so the
 * overflow policy acts (and reports) exactly where the scalar kernel does.
 */
final class StationaryCycleArray extends CycleAccurateArray {
    private static final int DATA_SHIFT = 8;
    private static final int DATA = 1 << DATA_SHIFT;
    private static final int PRESENT = 1 << 9;
    private static final int SWITCH = 1 << 10;
    private static final int CODE = 0xFF;

    private final Operand stationaryOperand;
    private final Operand streamOperand;
    private final byte[] stationaryCodes; // J x K
    private final byte[] streamCodes;     // T x K
    private final int extentJ;
    /** Flat output index of (t, j): t * tStride + j * jStride. */
    private final int tStride;
    private final int jStride;
    /** True (ws): a MAC's kind is its stationary weight's; false (is): the streamed weight's. */
    private final boolean kindByStationary;
    private final int[] streamKind;

    private final int[] act;     // R x (C+1): column 0 is the left-edge feed
    private final int[] psum;    // (R+1) x C: row 0 is the top-edge feed
    private final int[] shadow;  // R x C, row offset into products (idleRow for an idle PE)
    private final int[] active;
    /** Fixed value of each PE's token (R x (C+1), beside act) and of its active stationary code (0 idle). */
    private final int[] actValue;
    private final int[] activeValue;
    private final int[] streamValue;     // by stream code
    private final int[] stationaryValue; // by stationary code
    private final int shift;
    /**
     * Slot counting without a per-PE counter in the inner loop: a slot entering PE(r, 0) at t' is
     * at PE(r, c) at t' + c, so the slots PE(r, c) has seen by cycle t are the slots that entered
     * row r by t - c. slotHistory holds, per row, that running count for the last cycles.
     */
    private final long[] rowSlots;
    private final long[] slotHistory; // R x historySize
    private final int historyMask;
    private final long[] slotsAtSwitch; // per PE: slots seen before its active code's first slot
    private final long[] macs;
    /**
     * The design's products as [stationary code][stream code] (row stride = stream codes) plus one
     * all-zero row that idle PEs point at. A slot without DATA only reaches idle PEs (its row is
     * beyond K, so are the PE's stationary codes), so the inner loop needs no branch on either.
     */
    private final int[] products;
    private final int stride;
    private final int idleRow;
    private final long[] kindCounts = new long[3];
    private final int[] stationaryKind;
    private int nextPreload;
    private long cycle;
    /** Slots and DATA slots that entered the array; each crosses all C columns of its row. */
    private long slotsIn;
    private long dataIn;
    private long lastSlotEntry = -1;
    private long regStationary;
    private long streamReads;
    private long stationaryReads;
    private long outputReads;

    StationaryCycleArray(ProductTable table, FoldSchedule schedule, CodeMatrix activations, CodeMatrix weights,
                         ArrayStats stats, Operand stationaryOperand) {
        super(table, schedule, activations, weights, stats);
        this.stationaryOperand = stationaryOperand;
        this.streamOperand = stationaryOperand.other();
        boolean ws = stationaryOperand == Operand.WEIGHT;
        this.stationaryCodes = ws ? w : a;
        this.streamCodes = ws ? a : w;
        this.extentJ = schedule.colExtent();
        this.tStride = ws ? n : 1;
        this.jStride = ws ? 1 : n;
        this.kindByStationary = ws;
        int weightCodes = table.design().weightFormat().codeCount();
        this.stride = ws ? table.activationCodes() : weightCodes;
        int[] oriented = ws ? table.products() : transpose(table, weightCodes);
        idleRow = oriented.length;
        products = Arrays.copyOf(oriented, idleRow + stride);
        streamKind = new int[256];
        if (!ws) {
            for (int code = 0; code < weightCodes; code++) {
                streamKind[code] = table.kind(code);
            }
        }
        act = new int[rows * (cols + 1)];
        psum = new int[(rows + 1) * cols];
        shadow = new int[rows * cols];
        active = new int[rows * cols];
        Arrays.fill(shadow, idleRow);
        Arrays.fill(active, idleRow);
        actValue = new int[rows * (cols + 1)];
        activeValue = new int[rows * cols];
        streamValue = new int[256];
        int stationaryCodes = ws ? weightCodes : table.activationCodes();
        stationaryValue = new int[stationaryCodes];
        for (int code = 0; code < stationaryCodes; code++) {
            stationaryValue[code] = ws ? table.weightValue(code) : table.activationValue(code);
        }
        for (int code = 0; code < (ws ? table.activationCodes() : weightCodes); code++) {
            streamValue[code] = ws ? table.activationValue(code) : table.weightValue(code);
        }
        shift = table.productShift();
        int historySize = Integer.highestOneBit(cols + 1) << 1;
        historyMask = historySize - 1;
        rowSlots = new long[rows];
        slotHistory = new long[rows * historySize];
        slotsAtSwitch = new long[rows * cols];
        macs = stats.peMacs();
        stationaryKind = new int[rows * cols];
    }

    /** The product table indexed [activation code][weight code]. */
    private static int[] transpose(ProductTable table, int weightCodes) {
        int activationCodes = table.activationCodes();
        int[] t = new int[weightCodes * activationCodes];
        for (int wc = 0; wc < weightCodes; wc++) {
            for (int ac = 0; ac < activationCodes; ac++) {
                t[ac * weightCodes + wc] = table.product(wc, ac);
            }
        }
        return t;
    }

    @Override
    public void evaluate(long t) {
        cycle = t;
        ring.advance(t);
        feedLeft(t);
        feedTop(t);
        if (vectorGrid()) {
            stepGridVector(t);
        } else {
            stepGrid(t);
        }
        collectOutputs(t);
        if (t >= lastSlotEntry + cols) {
            drainedAt(t); // the last slot to enter a row has left column C-1
        }
    }

    /** The PE grid for one cycle: a small method of its own, so the JIT optimises its loops fully. */
    private void stepGrid(long t) {
        final int[] act = this.act;
        final int[] psum = this.psum;
        final int[] active = this.active;
        final int[] products = this.products;
        final long min = table.min();
        final long max = table.max();
        final int c1 = cols + 1;
        for (int r = rows - 1; r >= 0; r--) {
            final int aRow = r * c1 + 1;
            final int pRow = (r + 1) * cols;
            final int peRow = r * cols;
            for (int c = cols - 1; c >= 0; c--) {
                int tok = act[aRow + c - 1];
                act[aRow + c] = tok;
                if (tok == 0) {
                    continue;
                }
                int pe = peRow + c;
                if ((tok & SWITCH) != 0) {
                    switchStationary(pe, slotsSeen(r, t - c) - 1);
                }
                int ps = psum[pRow - cols + c];
                int p = products[active[pe] + (tok & CODE)];
                long sum = (long) ps + p;
                psum[pRow + c] = sum >= min && sum <= max ? (int) sum : overflow(ps, p, sum, r, c);
            }
        }
    }

    /** The PE grid for one cycle, a row of PEs per chunk of lanes (see the class comment). */
    private void stepGridVector(long t) {
        int full = GridLanes.fullColumns(cols);
        for (int r = rows - 1; r >= 0; r--) {
            for (int c = cols - 1; c >= full; c--) {
                stepPe(r, c, t);
            }
            for (int c0 = full - LANES; c0 >= 0; c0 -= LANES) {
                stepChunk(r, c0, t);
            }
        }
    }

    /** PE(r, c) alone, as in {@link #stepGrid}. */
    private void stepPe(int r, int c, long t) {
        int aRow = r * (cols + 1) + 1;
        int tok = act[aRow + c - 1];
        act[aRow + c] = tok;
        actValue[aRow + c] = actValue[aRow + c - 1];
        if (tok == 0) {
            return;
        }
        int pe = r * cols + c;
        if ((tok & SWITCH) != 0) {
            switchStationary(pe, slotsSeen(r, t - c) - 1);
        }
        sumPe(r, c, tok);
    }

    /** The partial sum of PE(r, c) for token tok, through the product table and the overflow policy. */
    private void sumPe(int r, int c, int tok) {
        int pRow = (r + 1) * cols;
        int ps = psum[pRow - cols + c];
        int p = products[active[r * cols + c] + (tok & CODE)];
        long sum = (long) ps + p;
        psum[pRow + c] = sum >= table.min() && sum <= table.max() ? (int) sum : overflow(ps, p, sum, r, c);
    }

    /**
     * Columns [c0, c0 + LANES) of row r for one cycle: tokens (and their values) move one PE to the
     * right, PEs whose token starts a fold switch their stationary code (one by one: rare), and
     * psum(r+1) = psum(r) + stationary value x token value where a token is.
     */
    private void stepChunk(int r, int c0, long t) {
        int from = r * (cols + 1) + c0;
        IntVector tok = IntVector.fromArray(INTS, act, from);
        tok.intoArray(act, from + 1);
        IntVector value = IntVector.fromArray(INTS, actValue, from);
        value.intoArray(actValue, from + 1);
        VectorMask<Integer> live = tok.compare(VectorOperators.NE, 0);
        if (!live.anyTrue()) {
            return;
        }
        if (tok.lanewise(VectorOperators.AND, SWITCH).compare(VectorOperators.NE, 0).anyTrue()) {
            switchLanes(r, c0, t);
        }
        int pRow = (r + 1) * cols;
        IntVector ps = IntVector.fromArray(INTS, psum, pRow - cols + c0);
        IntVector p = IntVector.fromArray(INTS, activeValue, r * cols + c0).mul(value)
                .lanewise(VectorOperators.LSHL, shift);
        IntVector sum = ps.add(p);
        if (mayOverflow && GridLanes.outOfRange(ps, p, sum, live, table.min(), table.max())) {
            sumLanes(r, c0);
            return;
        }
        IntVector.fromArray(INTS, psum, pRow + c0).blend(sum, live).intoArray(psum, pRow + c0);
    }

    /** The stationary switches of the chunk's PEs whose token carries SWITCH. */
    private void switchLanes(int r, int c0, long t) {
        int aRow = r * (cols + 1) + 1;
        for (int c = c0 + LANES - 1; c >= c0; c--) {
            if ((act[aRow + c] & SWITCH) != 0) {
                switchStationary(r * cols + c, slotsSeen(r, t - c) - 1);
            }
        }
    }

    /** The chunk's partial sums one by one (a sum left the accumulator range: the policy acts in scalar order). */
    private void sumLanes(int r, int c0) {
        int aRow = r * (cols + 1) + 1;
        for (int c = c0 + LANES - 1; c >= c0; c--) {
            int token = act[aRow + c];
            if (token != 0) {
                sumPe(r, c, token);
            }
        }
    }

    @Override
    public void commit(long t) {
        commitOutputWrites(t);
        preload(t);
    }

    /** Left edge: the token entering PE(r, 0) at t belongs to stream position x = t - r. */
    private void feedLeft(long t) {
        // Counters in locals: a field incremented every row chains each row to the last through memory.
        int c1 = cols + 1;
        long reads = 0;
        long slots = 0;
        long data = 0;
        int historyRow = historyMask + 1;
        int historySlot = (int) (t & historyMask);
        for (int r = 0; r < rows; r++) {
            long x = t - r;
            int f = ring.fold(x);
            int tok = 0;
            if (f >= 0) {
                int ti = ring.index(x);
                int ki = ring.rowTile(x) * rows + r;
                tok = PRESENT | (ti == 0 ? SWITCH : 0);
                if (ki < k) {
                    int code = streamCodes[ti * k + ki] & CODE;
                    tok |= DATA | code;
                    reads++;
                    if (!kindByStationary) {
                        // The streamed weight meets every used column of the fold.
                        kindCounts[streamKind[code]] += Math.min(cols, extentJ - ring.colTile(x) * cols);
                    }
                }
            }
            act[r * c1] = tok;
            actValue[r * c1] = streamValue[tok & CODE];
            long seen = rowSlots[r];
            if (tok != 0) {
                seen++;
                rowSlots[r] = seen;
                slots++;
                data += (tok >>> DATA_SHIFT) & 1;
            }
            slotHistory[r * historyRow + historySlot] = seen;
        }
        streamReads += reads;
        slotsIn += slots;
        dataIn += data;
        if (slots != 0) {
            lastSlotEntry = t;
        }
    }

    /** Top edge: the partial sum entering PE(0, c) at t, for stream position x = t - c. */
    private void feedTop(long t) {
        long reads = 0;
        for (int c = 0; c < cols; c++) {
            long x = t - c;
            int f = ring.fold(x);
            int ps = 0;
            if (f >= 0 && ring.rowTile(x) > 0) {
                int ji = ring.colTile(x) * cols + c;
                if (ji < extentJ) {
                    ps = out[ring.index(x) * tStride + ji * jStride];
                    reads++;
                }
            }
            psum[c] = ps;
        }
        outputReads += reads;
    }

    /** Bottom edge: PE(R-1, c) produced the partial sum of stream position x = t - (R-1) - c. */
    private void collectOutputs(long t) {
        int lastRow = (rows - 1) * (cols + 1) + 1;
        int pRow = rows * cols;
        boolean any = false;
        for (int c = 0; c < cols; c++) {
            if (act[lastRow + c] == 0) {
                continue;
            }
            any = true; // idle columns complete an empty output slot
            long x = t - (rows - 1) - c;
            int ji = ring.colTile(x) * cols + c;
            if (ji < extentJ) {
                stageOutputWrite(ring.index(x) * tStride + ji * jStride, psum[pRow + c]);
            }
        }
        if (any) {
            lastOutputCycle = t;
        }
    }

    /** Slots that entered row r up to and including cycle x (x within the history window). */
    private long slotsSeen(int r, long x) {
        return slotHistory[r * (historyMask + 1) + (int) (x & historyMask)];
    }

    /**
     * Shadow -> active at the fold's first slot; the slots the PE saw with the old code are
     * counted as its MACs now. {@code before}: slots the PE saw before this one.
     */
    private void switchStationary(int pe, long before) {
        retire(pe, before);
        active[pe] = shadow[pe];
        activeValue[pe] = active[pe] == idleRow ? 0 : stationaryValue[active[pe] / stride];
        if (kindByStationary && active[pe] != idleRow) {
            stationaryKind[pe] = table.kind(active[pe] / stride);
        }
        regStationary++;
    }

    /**
     * Counts the slots a PE saw with its active code as MACs (of that weight's kind, for ws); an
     * idle PE did none. (A used PE lies in a row below K, whose slots all carry DATA.)
     */
    private void retire(int pe, long seenSoFar) {
        long count = seenSoFar - slotsAtSwitch[pe];
        if (active[pe] != idleRow) {
            if (kindByStationary) {
                kindCounts[stationaryKind[pe]] += count;
            }
            macs[pe] += count;
        }
        slotsAtSwitch[pe] = seenSoFar;
    }

    /** Shifts the shadow chains down one row in each preload cycle (end of cycle t). */
    private void preload(long t) {
        if (nextPreload >= schedule.folds()) {
            return;
        }
        long p = schedule.preloadStart(nextPreload);
        if (t < p) {
            return;
        }
        int j = (int) (t - p);
        int f = nextPreload;
        System.arraycopy(shadow, 0, shadow, cols, (rows - 1) * cols);
        int ki = schedule.rowTile(f) * rows + (rows - 1 - j);
        for (int c = 0; c < cols; c++) {
            int ji = schedule.colTile(f) * cols + c;
            if (ki < k && ji < extentJ) {
                shadow[c] = (stationaryCodes[ji * k + ki] & CODE) * stride;
                stationaryReads++;
            } else {
                shadow[c] = idleRow;
            }
        }
        regStationary += (long) rows * cols;
        if (j == rows - 1) {
            nextPreload++;
        }
    }

    private int overflow(int ps, int p, long sum, int r, int c) {
        long x = cycle - r - c;
        int flat = ring.index(x) * tStride + (ring.colTile(x) * cols + c) * jStride;
        String where = String.format(Locale.ROOT, "output [%d][%d], k = %d (partial sum %d)", flat / n, flat % n,
                ring.rowTile(x) * rows + r, ps);
        return table.overflow(ps, p, sum, where);
    }

    /** Copies of the registers (stream tokens, partial sums, shadow and active codes), for tests. */
    @Override
    int[][] registers() {
        return new int[][] {act.clone(), psum.clone(), shadow.clone(), active.clone()};
    }

    @Override
    protected void finish() {
        // Drained: every slot has passed every PE of its row.
        for (int pe = 0; pe < active.length; pe++) {
            retire(pe, rowSlots[pe / cols]);
        }
        for (int kind = 0; kind < 3; kind++) {
            stats.addOps(kind, kindCounts[kind]);
        }
        // Register writes counted where slots enter, by the same delay argument as the MACs: a slot
        // that entered a row is written into the stream (DATA slots) and partial-sum registers of
        // all C PEs of the row before the array drains.
        stats.addRegWrites(streamOperand, dataIn * cols);
        stats.addRegPsum(slotsIn * cols);
        stats.addRegWrites(stationaryOperand, regStationary);
        stats.addReads(streamOperand, streamReads);
        stats.addReads(stationaryOperand, stationaryReads);
        stats.addOutputReads(outputReads);
        stats.addOutputWrites(outputWrites());
    }
}

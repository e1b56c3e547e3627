package dintsim.sim.hw.array;

import dintsim.models.golden.CodeMatrix;
import dintsim.sim.hw.mac.ProductTable;
import java.util.Arrays;
import java.util.Locale;

/**
 * Weight-stationary array, cycle by cycle (TIMING.md, "Weight-stationary").
 *
 * <p>State: each PE's activation register (a token: code, DATA, PRESENT and SWITCH flags), its
 * partial-sum register, shadow and active weights. A stream slot is PRESENT in every row (idle
 * rows beyond K carry no DATA but pass the partial sum down, so the skew is still paid). The
 * left edge is a virtual column of activation tokens and the top a virtual row of partial sums
 * (the previous k-tile's, read from the output buffer).
 *
 * <p>Evaluate-then-commit without copying: PEs are visited from the bottom-right to the top-left,
 * and each reads only its left and upper neighbours, which are visited after it; so every read
 * sees the register value from the start of the cycle, as two-phase evaluation would.
 */
final class WsCycleArray extends CycleAccurateArray {
    private static final int DATA_SHIFT = 8;
    private static final int DATA = 1 << DATA_SHIFT;
    private static final int PRESENT = 1 << 9;
    private static final int SWITCH = 1 << 10;
    private static final int CODE = 0xFF;

    private final int[] act;     // R x (C+1): column 0 is the left-edge feed
    private final int[] psum;    // (R+1) x C: row 0 is the top-edge feed
    private final int[] shadow;  // R x C, row offset into products (idleRow for an idle PE)
    private final int[] active;
    /**
     * Slot counting without a per-PE counter in the inner loop: a slot entering PE(r, 0) at t' is
     * at PE(r, c) at t' + c, so the slots PE(r, c) has seen by cycle t are the slots that entered
     * row r by t - c. slotHistory holds, per row, that running count for the last cycles.
     */
    private final long[] rowSlots;
    private final long[] slotHistory; // R x historySize
    private final int historyMask;
    private final long[] slotsAtSwitch; // per PE: slots seen before its active weight's first slot
    private final long[] macs;
    /**
     * The design's products (row stride = activation codes) plus one all-zero row that idle PEs
     * point at. A slot without DATA only reaches idle PEs (its row is beyond K, so are the PE's
     * weights), so the inner loop needs no branch on either: an idle PE adds 0.
     */
    private final int[] products;
    private final int stride;
    private final int idleRow;
    private final long[] kindCounts = new long[3];
    private final int[] weightKind;
    private int nextPreload;
    private long cycle;
    /** Slots and DATA slots that entered the array; each crosses all C columns of its row. */
    private long slotsIn;
    private long dataIn;
    private long lastSlotEntry = -1;
    private long regWeight;
    private long inputReads;
    private long weightReads;
    private long outputReads;

    WsCycleArray(ProductTable table, FoldSchedule schedule, CodeMatrix activations, CodeMatrix weights, ArrayStats stats) {
        super(table, schedule, activations, weights, stats);
        act = new int[rows * (cols + 1)];
        psum = new int[(rows + 1) * cols];
        shadow = new int[rows * cols];
        active = new int[rows * cols];
        stride = table.activationCodes();
        idleRow = table.products().length;
        products = Arrays.copyOf(table.products(), idleRow + stride);
        Arrays.fill(shadow, idleRow);
        Arrays.fill(active, idleRow);
        int historySize = Integer.highestOneBit(cols + 1) << 1;
        historyMask = historySize - 1;
        rowSlots = new long[rows];
        slotHistory = new long[rows * historySize];
        slotsAtSwitch = new long[rows * cols];
        macs = stats.peMacs();
        weightKind = new int[rows * cols];
    }

    @Override
    public void evaluate(long t) {
        cycle = t;
        ring.advance(t);
        feedLeft(t);
        feedTop(t);
        stepGrid(t);
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
                    switchWeights(pe, r, slotsSeen(r, t - c) - 1);
                }
                int ps = psum[pRow - cols + c];
                int p = products[active[pe] + (tok & CODE)];
                long sum = (long) ps + p;
                psum[pRow + c] = sum >= min && sum <= max ? (int) sum : overflow(ps, p, sum, r, c);
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
        int c1 = cols + 1;
        for (int r = 0; r < rows; r++) {
            long x = t - r;
            int f = ring.fold(x);
            int tok = 0;
            if (f >= 0) {
                int mi = ring.index(x);
                int ki = ring.innerTile(x) * rows + r;
                tok = PRESENT | (mi == 0 ? SWITCH : 0);
                if (ki < k) {
                    tok |= DATA | (a[mi * k + ki] & CODE);
                    inputReads++;
                }
            }
            act[r * c1] = tok;
            if (tok != 0) {
                rowSlots[r]++;
                slotsIn++;
                dataIn += (tok >>> DATA_SHIFT) & 1;
                lastSlotEntry = t;
            }
            slotHistory[r * (historyMask + 1) + (int) (t & historyMask)] = rowSlots[r];
        }
    }

    /** Top edge: the partial sum entering PE(0, c) at t, for stream position x = t - c. */
    private void feedTop(long t) {
        for (int c = 0; c < cols; c++) {
            long x = t - c;
            int f = ring.fold(x);
            int ps = 0;
            if (f >= 0 && ring.innerTile(x) > 0) {
                int ni = ring.outerTile(x) * cols + c;
                if (ni < n) {
                    ps = out[ring.index(x) * n + ni];
                    outputReads++;
                }
            }
            psum[c] = ps;
        }
    }

    /** Bottom edge: PE(R-1, c) produced the partial sum of stream position x = t - (R-1) - c. */
    private void collectOutputs(long t) {
        int lastRow = (rows - 1) * (cols + 1) + 1;
        int pRow = rows * cols;
        for (int c = 0; c < cols; c++) {
            if (act[lastRow + c] == 0) {
                continue;
            }
            lastOutputCycle = t; // idle columns complete an empty output slot
            long x = t - (rows - 1) - c;
            int f = ring.fold(x);
            int ni = ring.outerTile(x) * cols + c;
            if (ni < n) {
                stageOutputWrite(ring.index(x) * n + ni, psum[pRow + c]);
            }
        }
    }

    /** Slots that entered row r up to and including cycle x (x within the history window). */
    private long slotsSeen(int r, long x) {
        return slotHistory[r * (historyMask + 1) + (int) (x & historyMask)];
    }

    /**
     * Shadow -> active at the fold's first slot; the slots the PE saw with the old weight are
     * classified as MACs of its kind now. {@code before}: slots the PE saw before this one.
     */
    private void switchWeights(int pe, int r, long before) {
        retire(pe, before);
        active[pe] = shadow[pe];
        if (active[pe] != idleRow) {
            weightKind[pe] = table.kind(active[pe] / stride);
        }
        regWeight++;
    }

    /**
     * Counts the slots a PE saw with its active weight as MACs of that weight's kind; an idle PE
     * did none. (A used weight lies in a row below K, whose slots all carry DATA.)
     */
    private void retire(int pe, long seenSoFar) {
        long n = seenSoFar - slotsAtSwitch[pe];
        if (active[pe] != idleRow) {
            kindCounts[weightKind[pe]] += n;
            macs[pe] += n;
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
        int ki = schedule.innerTile(f) * rows + (rows - 1 - j);
        for (int c = 0; c < cols; c++) {
            int ni = schedule.outerTile(f) * cols + c;
            if (ki < k && ni < n) {
                shadow[c] = (w[ni * k + ki] & CODE) * stride;
                weightReads++;
            } else {
                shadow[c] = idleRow;
            }
        }
        regWeight += (long) rows * cols;
        if (j == rows - 1) {
            nextPreload++;
        }
    }

    private int overflow(int ps, int p, long sum, int r, int c) {
        long x = cycle - r - c;
        int f = ring.fold(x);
        String where = String.format(Locale.ROOT, "output [%d][%d], k = %d (partial sum %d)", ring.index(x),
                ring.outerTile(x) * cols + c, ring.innerTile(x) * rows + r, ps);
        return table.overflow(ps, p, sum, where);
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
        // that entered a row is written into the activation (DATA slots) and partial-sum registers
        // of all C PEs of the row before the array drains.
        stats.addRegActivation(dataIn * cols);
        stats.addRegPsum(slotsIn * cols);
        stats.addRegWeight(regWeight);
        stats.addInputReads(inputReads);
        stats.addWeightReads(weightReads);
        stats.addOutputReads(outputReads);
        stats.addOutputWrites(outputWrites());
    }
}

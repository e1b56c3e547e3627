package dintsim.sim.hw.mac;

import dintsim.models.mac.MacKind;
import dintsim.sim.kernel.Clocked;
import dintsim.sim.stats.StatGroup;

/**
 * One MAC unit of any {@link dintsim.models.mac.MacDesign}, pipelined: an operand pair accepted
 * at cycle t is multiplied in stage 1 and added to the accumulator at the end of cycle
 * t + depth - 1 (depth - 1 product registers in between; depth 1 is the combinational
 * multiply-add the array's PEs use, see TIMING.md). One pair per cycle; a {@code clear} pair
 * starts a new dot product. Used on its own to replay dot products cycle by cycle.
 */
public final class MacUnit implements Clocked {
    private final ProductTable table;
    private final int depth;
    // Product pipeline: stage s holds the product accepted s+1 cycles ago (valid, clear, kind, value).
    private final boolean[] valid;
    private final boolean[] clear;
    private final int[] product;
    private final int[] kind;
    private boolean inValid;
    private boolean inClear;
    private int inWeight;
    private int inActivation;
    private int acc;
    private int nextAcc;
    private final StatGroup stats = new StatGroup("mac");
    private final StatGroup.Counter[] macs = new StatGroup.Counter[MacKind.COUNT];
    private final StatGroup.Counter accWrites;
    private final StatGroup.Counter pipeWrites;

    public MacUnit(ProductTable table, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("mac: field 'depth' is " + depth + ", must be >= 1");
        }
        this.table = table;
        this.depth = depth;
        this.valid = new boolean[depth];
        this.clear = new boolean[depth];
        this.product = new int[depth];
        this.kind = new int[depth];
        for (int k = 0; k < MacKind.COUNT; k++) {
            String kind = MacKind.of(k).label();
            macs[k] = stats.counter("ops." + kind, "MAC", "MAC operations whose weight code is " + kind);
        }
        accWrites = stats.counter("reg.acc", "writes", "accumulator register writes");
        pipeWrites = stats.counter("reg.pipeline", "writes", "product pipeline register writes");
        stats.derived("ops", "MAC", "all MAC operations", g -> g.get("ops.zero") + g.get("ops.special") + g.get("ops.normal"));
    }

    public int depth() {
        return depth;
    }

    /** Presents an operand pair for the coming cycle. */
    public void offer(int weightCode, int activationCode, boolean clearFirst) {
        inValid = true;
        inClear = clearFirst;
        inWeight = weightCode;
        inActivation = activationCode;
    }

    /** The accumulator as of the start of the current cycle. */
    public int accumulator() {
        return acc;
    }

    public StatGroup stats() {
        return stats;
    }

    @Override
    public void evaluate(long cycle) {
        // Stage 0 is this cycle's input; the last stage is what the adder sees this cycle.
        for (int s = depth - 1; s > 0; s--) {
            valid[s] = valid[s - 1];
            clear[s] = clear[s - 1];
            product[s] = product[s - 1];
            kind[s] = kind[s - 1];
        }
        valid[0] = inValid;
        clear[0] = inClear;
        if (inValid) {
            product[0] = table.product(inWeight, inActivation);
            kind[0] = table.kind(inWeight);
        }
        inValid = false;
        int last = depth - 1;
        nextAcc = acc;
        if (valid[last]) {
            int base = clear[last] ? 0 : acc;
            nextAcc = table.add(base, product[last], "MAC unit, cycle " + cycle);
            macs[kind[last]].increment();
            accWrites.increment();
        }
        for (int s = 0; s < last; s++) {
            if (valid[s]) {
                pipeWrites.increment();
            }
        }
    }

    @Override
    public void commit(long cycle) {
        acc = nextAcc;
    }
}

package dintsim.sim.hw.array;

import dintsim.models.mac.MacKind;
import dintsim.sim.stats.StatGroup;
import java.util.Arrays;

/**
 * Everything the array counts, declared once; both fidelities fill the same counters (the
 * definitions are in TIMING.md, "Event counts"). Per-PE MAC counts give the time-weighted
 * utilization: busy cycles / array cycles.
 */
public final class ArrayStats {
    private final ArrayShape shape;
    private final StatGroup group = new StatGroup("array");
    private final StatGroup.Counter cycles;
    private final StatGroup.Counter[] ops = new StatGroup.Counter[MacKind.COUNT];
    private final StatGroup.Counter regActivation;
    private final StatGroup.Counter regWeight;
    private final StatGroup.Counter regPsum;
    private final StatGroup.Counter inputReads;
    private final StatGroup.Counter weightReads;
    private final StatGroup.Counter outputReads;
    private final StatGroup.Counter outputWrites;
    private final long[] peMacs;

    public ArrayStats(ArrayShape shape) {
        this.shape = shape;
        this.peMacs = new long[shape.peCount()];
        cycles = group.counter("cycles", "cycles", "array cycles from 0 to the last output write, inclusive (ideal memory)");
        for (int k = 0; k < MacKind.COUNT; k++) {
            ops[k] = group.counter("ops." + MacKind.of(k).label(), "MAC", "MAC operations whose weight code is " + MacKind.of(k).label());
        }
        Dataflow df = shape.dataflow();
        regActivation = group.counter("reg.activation", "writes", df.counterMeaning("reg.activation"));
        regWeight = group.counter("reg.weight", "writes", df.counterMeaning("reg.weight"));
        regPsum = group.counter("reg.psum", "writes", df.counterMeaning("reg.psum"));
        inputReads = group.counter("sram.input.reads", "elements", "activations read from the input buffer into the array");
        weightReads = group.counter("sram.weight.reads", "elements", "weights read from the weight buffer into the array");
        outputReads = group.counter("sram.output.reads", "elements", "partial sums read back from the output buffer (k-tiles after the first, where partial sums leave the array)");
        outputWrites = group.counter("sram.output.writes", "elements", "partial sums or outputs written to the output buffer");
        group.derived("ops", "MAC", "all MAC operations", g -> g.get("ops.zero") + g.get("ops.special") + g.get("ops.normal"));
        group.derived("peCycles", "PE-cycles", "R x C x cycles", g -> (double) shape.peCount() * g.get("cycles"));
        group.derived("idlePeCycles", "PE-cycles", "PE-cycles without a MAC", g -> (double) shape.peCount() * g.get("cycles")
                - (g.get("ops.zero") + g.get("ops.special") + g.get("ops.normal")));
        group.derived("utilization", "fraction", "MACs / PE-cycles (time-weighted mean over PEs)",
                g -> g.get("cycles") == 0 ? 0 : (g.get("ops.zero") + g.get("ops.special") + g.get("ops.normal"))
                        / ((double) shape.peCount() * g.get("cycles")));
        group.derived("macsPerCycle", "MAC/cycle", "throughput at ideal memory",
                g -> g.get("cycles") == 0 ? 0 : (g.get("ops.zero") + g.get("ops.special") + g.get("ops.normal")) / (double) g.get("cycles"));
    }

    public ArrayShape shape() {
        return shape;
    }

    public StatGroup group() {
        return group;
    }

    public void setCycles(long n) {
        cycles.add(n - cycles.value());
    }

    public long cycles() {
        return cycles.value();
    }

    public void addOps(int kind, long n) {
        ops[kind].add(n);
    }

    public long ops(int kind) {
        return ops[kind].value();
    }

    public long ops(MacKind kind) {
        return ops(kind.ordinal());
    }

    public long totalOps() {
        return ops[0].value() + ops[1].value() + ops[2].value();
    }

    /** Adds register writes of an operand's registers ({@code reg.activation} or {@code reg.weight}). */
    public void addRegWrites(Operand operand, long n) {
        (operand == Operand.ACTIVATION ? regActivation : regWeight).add(n);
    }

    public void addRegPsum(long n) {
        regPsum.add(n);
    }

    /** Adds elements of an operand read from its buffer ({@code sram.input.reads} or {@code sram.weight.reads}). */
    public void addReads(Operand operand, long n) {
        (operand == Operand.ACTIVATION ? inputReads : weightReads).add(n);
    }

    public void addOutputReads(long n) {
        outputReads.add(n);
    }

    public void addOutputWrites(long n) {
        outputWrites.add(n);
    }

    /** MACs done by each PE, row-major (mutable: fidelities add into it). */
    public long[] peMacs() {
        return peMacs;
    }

    /** Per-PE utilization, row-major: MACs / array cycles. */
    public double[] peUtilization() {
        double[] u = new double[peMacs.length];
        long c = cycles();
        for (int i = 0; i < u.length; i++) {
            u[i] = c == 0 ? 0 : peMacs[i] / (double) c;
        }
        return u;
    }

    /** True when every counter and every per-PE count agree (for fidelity cross-checks). */
    public boolean sameCounts(ArrayStats other) {
        return group.counterValues().equals(other.group.counterValues()) && Arrays.equals(peMacs, other.peMacs);
    }
}

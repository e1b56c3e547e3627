package dintsim.sim.hw.pe;

import dintsim.models.mac.MacKind;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.Clocked;

/**
 * One output-stationary PE with explicit registers and the RTL's port names (TIMING.md, os):
 * activations move right, weights move down, each beat with both operands accumulates into the
 * PE's own register ({@code first} clears it), and the beat flagged {@code last} writes the
 * output at the end of its cycle. The specification of {@code OsCycleArray}, one PE at a time.
 */
public final class OsPe implements Clocked {
    private final ProductTable table;
    private ActPort actIn = ActPort.IDLE;
    private WeightPort weightIn = WeightPort.IDLE;
    private ActPort actOut = ActPort.IDLE;
    private WeightPort weightOut = WeightPort.IDLE;
    private int acc;
    private PsumPort out = PsumPort.IDLE;
    private ActPort nextAct;
    private WeightPort nextWeight;
    private int nextAcc;
    private PsumPort nextOut;
    private final long[] macs = new long[MacKind.COUNT];

    public OsPe(ProductTable table) {
        this.table = table;
    }

    public void drive(ActPort act, WeightPort weight) {
        this.actIn = act;
        this.weightIn = weight;
    }

    @Override
    public void evaluate(long cycle) {
        int base = actIn.first() ? 0 : acc;
        int next = base;
        if (actIn.beat() && actIn.valid() && weightIn.valid()) {
            next = table.add(base, table.product(weightIn.code(), actIn.code()), "os PE, cycle " + cycle);
            macs[table.kind(weightIn.code())]++;
        }
        nextAcc = actIn.beat() ? next : acc;
        nextOut = new PsumPort(next, actIn.beat() && actIn.last());
        nextAct = actIn;
        nextWeight = weightIn;
    }

    @Override
    public void commit(long cycle) {
        acc = nextAcc;
        out = nextOut;
        actOut = nextAct;
        weightOut = nextWeight;
    }

    public ActPort actOut() {
        return actOut;
    }

    public WeightPort weightOut() {
        return weightOut;
    }

    /** Valid in the cycle after the beat flagged last: the value written at the end of that beat. */
    public PsumPort out() {
        return out;
    }

    public long macs(int kind) {
        return macs[kind];
    }
}

package dintsim.sim.hw.pe;

import dintsim.models.mac.MacKind;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.Clocked;

/**
 * One weight-stationary PE with explicit registers and the RTL's port names (TIMING.md, ws):
 * the readable specification of what {@code WsCycleArray} does for a whole grid in primitive
 * arrays, and a reference for tests. Inputs are set before each cycle's evaluate; outputs are
 * registers, read by the neighbours in the next cycle.
 */
public final class WsPe implements Clocked {
    private final ProductTable table;
    // Inputs for the current cycle.
    private ActPort actIn = ActPort.IDLE;
    private WeightPort weightIn = WeightPort.IDLE;
    private PsumPort psumIn = PsumPort.IDLE;
    private boolean preload;
    // Registers and their next values.
    private ActPort actOut = ActPort.IDLE;
    private PsumPort psumOut = PsumPort.IDLE;
    private WeightPort shadow = WeightPort.IDLE;
    private WeightPort active = WeightPort.IDLE;
    private ActPort nextAct;
    private PsumPort nextPsum;
    private WeightPort nextShadow;
    private WeightPort nextActive;
    private final long[] macs = new long[MacKind.COUNT];

    public WsPe(ProductTable table) {
        this.table = table;
    }

    public void drive(ActPort act, WeightPort weight, boolean preloadEnable, PsumPort psum) {
        this.actIn = act;
        this.weightIn = weight;
        this.preload = preloadEnable;
        this.psumIn = psum;
    }

    @Override
    public void evaluate(long cycle) {
        WeightPort use = actIn.first() ? shadow : active;
        boolean macEn = actIn.beat() && actIn.valid() && use.valid();
        int value = psumIn.value();
        if (macEn) {
            value = table.add(value, table.product(use.code(), actIn.code()), "ws PE, cycle " + cycle);
            macs[table.kind(use.code())]++;
        }
        nextPsum = new PsumPort(value, psumIn.valid());
        nextAct = actIn;
        nextShadow = preload ? weightIn : shadow;
        nextActive = actIn.beat() && actIn.first() ? shadow : active;
    }

    @Override
    public void commit(long cycle) {
        actOut = nextAct;
        psumOut = nextPsum;
        shadow = nextShadow;
        active = nextActive;
    }

    public ActPort actOut() {
        return actOut;
    }

    /** The shadow register, which feeds the PE below during preload. */
    public WeightPort weightOut() {
        return shadow;
    }

    public PsumPort psumOut() {
        return psumOut;
    }

    /** MACs done, by {@link MacKind}. */
    public long macs(int kind) {
        return macs[kind];
    }
}

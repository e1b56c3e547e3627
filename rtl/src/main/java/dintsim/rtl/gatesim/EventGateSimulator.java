package dintsim.rtl.gatesim;

import dintsim.rtl.power.ActivityRun;
import dintsim.rtl.power.GateLevelModel;
import dintsim.rtl.power.GateNetlist;
import dintsim.rtl.power.NetEnergies;
import dintsim.rtl.power.NetlistPort;
import dintsim.rtl.synth.CellLibrary;
import dintsim.sim.kernel.Event;
import dintsim.sim.kernel.SimContext;
import java.nio.file.Path;
import java.util.List;

/**
 * Gate-level simulation of a flat Yosys netlist in Java, counting every transition of every cell's
 * output net and charging it the net's {@link NetEnergies} energy.
 *
 * <p>Each cycle applies a stimulus row with the clock low, then raises the clock (like the
 * Verilated {@code GateLevelSimulator}). Two modes:
 * <ul>
 * <li><b>zero delay</b>: each phase evaluates the combinational cells once in levelised order; a
 * net toggles when its value after the phase differs from before. No glitches: this is what
 * Verilator's evaluation counts, net for net.</li>
 * <li><b>timed</b>: event-driven on the project's kernel ({@link SimContext}, 1 tick = 1 ps) with
 * the SDF's per-arc rise/fall delays. A cell whose function value changes schedules its output
 * for the delay of the arc from the input that changed last (of several that changed at that
 * tick, the smallest), by the edge from the value it last scheduled; when a scheduled time comes,
 * the output takes the cell's latest computed value. So a pulse that ends before its leading
 * edge's delay has elapsed is swallowed (inertial), and every transition that does reach the net,
 * glitches included, is counted. These are Icarus Verilog 11's module-path delay semantics
 * ({@code vvp_fun_modpath}), which {@link IcarusToggleBench} checks net for net.</li>
 * </ul>
 * Both start from the state Verilator starts in: flip-flops 0, inputs and clock 0, settled.
 */
public final class EventGateSimulator implements GateLevelModel {
    private final GateCircuit circuit;
    private final NetEnergies energies;
    private final long[][] rise;   // per cell, per data pin (flip-flop: one entry, the clock arc)
    private final long[][] fall;
    private final long halfPeriodPs;
    private long lastRunEvents;

    private EventGateSimulator(GateCircuit circuit, CellLibrary library, SdfDelays sdf, long halfPeriodPs) {
        this.circuit = circuit;
        this.energies = NetEnergies.of(circuit.netlist, library);
        this.halfPeriodPs = halfPeriodPs;
        if (sdf == null) {
            rise = null;
            fall = null;
            return;
        }
        if (halfPeriodPs <= 0) {
            throw new IllegalArgumentException("half clock period " + halfPeriodPs + " ps, must be > 0");
        }
        rise = new long[circuit.cells][];
        fall = new long[circuit.cells][];
        for (int c = 0; c < circuit.cells; c++) {
            String[] from = circuit.flop[c] ? new String[] {circuit.types[c].clock()} : circuit.dataPins[c];
            rise[c] = new long[from.length];
            fall[c] = new long[from.length];
            for (int j = 0; j < from.length; j++) {
                long[] d = sdf.path(circuit.instanceNames[c], from[j]);
                if (d == null) {
                    throw new IllegalArgumentException(circuit.netlist.source() + ": the SDF has no IOPATH " + from[j]
                            + " -> " + circuit.types[c].output() + " for instance " + circuit.instanceNames[c]);
                }
                rise[c][j] = d[0];
                fall[c][j] = d[1];
            }
        }
    }

    /** Zero-delay simulation of a netlist file. */
    public static EventGateSimulator zeroDelay(Path netlist, CellLibrary library, String clock) {
        return new EventGateSimulator(new GateCircuit(GateNetlist.read(netlist, library), library, clock), library, null, 0);
    }

    /** Timed simulation with the SDF's delays; each clock phase lasts {@code halfPeriodPs} and must settle in it. */
    public static EventGateSimulator timed(Path netlist, CellLibrary library, String clock, SdfDelays sdf,
                                           long halfPeriodPs) {
        return new EventGateSimulator(new GateCircuit(GateNetlist.read(netlist, library), library, clock), library, sdf,
                halfPeriodPs);
    }

    /** Simulation of an already parsed netlist (tests build tiny ones by hand). */
    public static EventGateSimulator of(GateNetlist netlist, CellLibrary library, String clock, SdfDelays sdf,
                                        long halfPeriodPs) {
        return new EventGateSimulator(new GateCircuit(netlist, library, clock), library, sdf, halfPeriodPs);
    }

    public boolean timed() {
        return rise != null;
    }

    /** Events (cell evaluations and output changes) the last timed run processed; zero-delay: cell evaluations. */
    public long lastRunEvents() {
        return lastRunEvents;
    }

    @Override
    public GateNetlist netlist() {
        return circuit.netlist;
    }

    @Override
    public NetEnergies energies() {
        return energies;
    }

    @Override
    public List<NetlistPort> inputs() {
        return circuit.inputs;
    }

    @Override
    public List<NetlistPort> outputs() {
        return circuit.outputs;
    }

    @Override
    public ActivityRun run(long[][] stimulus) {
        for (int c = 0; c < stimulus.length; c++) {
            if (stimulus[c].length != circuit.inputs.size()) {
                throw new IllegalArgumentException("stimulus cycle " + c + " has " + stimulus[c].length + " values for "
                        + circuit.inputs.size() + " inputs");
            }
        }
        return timed() ? new TimedRun(stimulus).run() : new ZeroDelayRun(stimulus).run();
    }

    /** Net values after reset-free power-up: flip-flops 0, inputs 0, combinational logic settled. */
    private byte[] settledStart() {
        byte[] value = new byte[circuit.nets];
        value[circuit.oneNet] = 1;
        for (int c : circuit.order) {
            value[c] = (byte) circuit.evaluate(c, value);
        }
        return value;
    }

    private long[] outputs(byte[] value) {
        long[] out = new long[circuit.outputs.size()];
        for (int p = 0; p < out.length; p++) {
            int[] bits = circuit.outputNets[p];
            long v = 0;
            for (int b = 0; b < bits.length; b++) {
                v |= (long) value[bits[b]] << b;
            }
            out[p] = v;
        }
        return out;
    }

    private final class ZeroDelayRun {
        private final long[][] stimulus;
        private final byte[] value = settledStart();
        private final long[] toggles = new long[circuit.cells];
        private final double[] perTransition = energies.perTransitionFj();

        ZeroDelayRun(long[][] stimulus) {
            this.stimulus = stimulus;
        }

        ActivityRun run() {
            int cycles = stimulus.length;
            long[][] outs = new long[cycles][];
            double[] energy = new double[cycles];
            int[] clocked = circuit.clocked;
            byte[] next = new byte[clocked.length];
            long evaluations = 0;
            for (int cyc = 0; cyc < cycles; cyc++) {
                for (int p = 0; p < circuit.inputNets.length; p++) {
                    int[] bits = circuit.inputNets[p];
                    for (int b = 0; b < bits.length; b++) {
                        value[bits[b]] = (byte) (stimulus[cyc][p] >>> b & 1);
                    }
                }
                double e = settle();
                for (int i = 0; i < clocked.length; i++) {
                    next[i] = (byte) circuit.evaluate(clocked[i], value);
                }
                for (int i = 0; i < clocked.length; i++) {
                    int f = clocked[i];
                    if (value[f] != next[i]) {
                        value[f] = next[i];
                        toggles[f]++;
                        e += perTransition[f];
                    }
                }
                e += settle();
                evaluations += 2L * circuit.order.length + clocked.length;
                energy[cyc] = e;
                outs[cyc] = outputs(value);
            }
            lastRunEvents = evaluations;
            return new ActivityRun(outs, energy, toggles);
        }

        private double settle() {
            double e = 0;
            for (int c : circuit.order) {
                byte v = (byte) circuit.evaluate(c, value);
                if (v != value[c]) {
                    value[c] = v;
                    toggles[c]++;
                    e += perTransition[c];
                }
            }
            return e;
        }
    }

    private final class TimedRun {
        private static final String SEND = "output";
        private final long[][] stimulus;
        private final SimContext ctx = new SimContext();
        private final byte[] value = settledStart();
        private final byte[] scheduled = new byte[circuit.cells]; // the value each cell last scheduled
        private final long[][] changed = new long[circuit.cells][];
        private final Evaluate[] evaluate = new Evaluate[circuit.cells];
        private final long[] toggles = new long[circuit.cells];
        private final double[] perTransition = energies.perTransitionFj();
        private double cycleEnergy;

        TimedRun(long[][] stimulus) {
            this.stimulus = stimulus;
            for (int c = 0; c < circuit.cells; c++) {
                scheduled[c] = value[c];
                changed[c] = new long[circuit.pins[c].length];
                evaluate[c] = new Evaluate(c);
            }
        }

        ActivityRun run() {
            int cycles = stimulus.length;
            long[][] outs = new long[cycles][];
            double[] energy = new double[cycles];
            Drive drive = new Drive();
            long t = 0;
            for (int cyc = 0; cyc < cycles; cyc++) {
                cycleEnergy = 0;
                for (int phase = 0; phase < 2; phase++) {
                    drive.row = phase == 0 ? stimulus[cyc] : null;
                    ctx.schedule(drive, t);
                    t += halfPeriodPs;
                    ctx.runUntil(t - 1);
                    if (ctx.hasPending()) {
                        throw new IllegalStateException(circuit.netlist.source() + ": cycle " + cyc + " did not settle within "
                                + halfPeriodPs + " ps after the " + (phase == 0 ? "input change" : "clock edge")
                                + "; use a longer clock period");
                    }
                }
                energy[cyc] = cycleEnergy;
                outs[cyc] = outputs(value);
            }
            lastRunEvents = ctx.processedEvents();
            return new ActivityRun(outs, energy, toggles);
        }

        /** A net takes a value: count it, wake the cells it drives, clock the flip-flops on a rising clock. */
        private void apply(int net, byte v) {
            if (value[net] == v) {
                return;
            }
            value[net] = v;
            long now = ctx.now();
            if (net < circuit.cells) {
                toggles[net]++;
                cycleEnergy += perTransition[net];
            }
            if (net == circuit.clockNet) {
                if (v == 1) {
                    clockEdge(now);
                }
                return;
            }
            int[] cells = circuit.fanoutCell[net];
            int[] pins = circuit.fanoutPin[net];
            for (int i = 0; i < cells.length; i++) {
                int c = cells[i];
                if (!circuit.flop[c]) {
                    changed[c][pins[i]] = now;
                    if (!evaluate[c].isScheduled()) {
                        ctx.schedule(evaluate[c], now);
                    }
                }
            }
        }

        /** Every flip-flop samples its data before any output moves (their clock-to-Q delays follow). */
        private void clockEdge(long now) {
            for (int f : circuit.clocked) {
                byte next = (byte) circuit.evaluate(f, value);
                if (next != scheduled[f]) {
                    scheduled[f] = next;
                    ctx.schedule(new Send(f), now + (next == 1 ? rise[f][0] : fall[f][0]));
                }
            }
        }

        private final class Drive extends Event {
            long[] row; // null: the clock rises

            Drive() {
                super("drive inputs");
            }

            @Override
            public void process() {
                if (row == null) {
                    apply(circuit.clockNet, (byte) 1);
                    return;
                }
                apply(circuit.clockNet, (byte) 0);
                for (int p = 0; p < circuit.inputNets.length; p++) {
                    int[] bits = circuit.inputNets[p];
                    for (int b = 0; b < bits.length; b++) {
                        apply(bits[b], (byte) (row[p] >>> b & 1));
                    }
                }
            }
        }

        /** Re-evaluates one cell after all of this tick's input changes (priority 1: after the changes). */
        private final class Evaluate extends Event {
            private final int cell;

            Evaluate(int cell) {
                super("evaluate", 1);
                this.cell = cell;
            }

            @Override
            public void process() {
                byte v = (byte) circuit.evaluate(cell, value);
                if (v == scheduled[cell]) {
                    return;
                }
                long[] when = changed[cell];
                long latest = Long.MIN_VALUE;
                for (long w : when) {
                    latest = Math.max(latest, w);
                }
                long[] arcs = v == 1 ? rise[cell] : fall[cell];
                long at = Long.MAX_VALUE;
                for (int j = 0; j < when.length; j++) {
                    if (when[j] == latest) {
                        at = Math.min(at, latest + arcs[j]);
                    }
                }
                scheduled[cell] = v;
                ctx.schedule(new Send(cell), Math.max(at, ctx.now()));
            }
        }

        /** The scheduled time of a cell's output change: the net takes the cell's latest value. */
        private final class Send extends Event {
            private final int cell;

            Send(int cell) {
                super(SEND);
                this.cell = cell;
            }

            @Override
            public void process() {
                apply(cell, scheduled[cell]);
            }
        }
    }
}

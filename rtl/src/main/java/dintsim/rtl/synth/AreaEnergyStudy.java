package dintsim.rtl.synth;

import dintsim.models.mac.MacDesign;
import dintsim.rtl.emit.EmittedRtl;
import dintsim.rtl.emit.RtlEmitter;
import dintsim.rtl.gen.MacPlan;
import dintsim.rtl.gen.MultiplierArchitecture;
import dintsim.rtl.timing.OpenSta;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.power.MacActivity;
import dintsim.rtl.power.SwitchingEnergy;
import dintsim.rtl.power.MacStream;
import dintsim.rtl.power.NetActivity;
import dintsim.rtl.power.NetlistPort;
import dintsim.rtl.power.RtlSignalToggles;
import dintsim.rtl.power.ToggleEnergyModel;
import dintsim.traces.LayerTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Area and switching energy of MAC designs: emit each design's RTL, synthesize it with Yosys
 * onto a cell library (default: OSU018), simulate the gate-level netlist under Verilator on operand streams
 * from the design's traces (weight-stationary order), and check a per-MAC-kind energy table
 * fitted on half of the streams against the other half.
 */
public final class AreaEnergyStudy {
    /** Where a design's Verilog comes from. */
    @FunctionalInterface
    public interface RtlSource {
        MacRtl emit(MacDesign design, Path dir);
    }

    /** Default operand-stream length per trace. */
    public static final long DEFAULT_MACS_PER_TRACE = 100_000;
    /** Default glitch-aware stream length per trace ({@code synth --glitch-macs-per-trace}). */
    public static final long DEFAULT_GLITCH_MACS_PER_TRACE = 1000;

    private final RtlSource rtl;
    private final YosysSynthesizer synthesizer;
    private final GateLevelSimulator simulator;
    private final MacActivity activity;
    private final Path workDir;
    private final long macsPerTrace;
    private final OpenSta sta = OpenSta.standard();
    private long glitchMacsPerTrace;

    public AreaEnergyStudy(RtlSource rtl, YosysSynthesizer synthesizer, GateLevelSimulator simulator, MacActivity activity,
                           Path workDir, long macsPerTrace) {
        if (macsPerTrace < 2) {
            throw new IllegalArgumentException("macsPerTrace is " + macsPerTrace + ", must be at least 2");
        }
        this.rtl = rtl;
        this.synthesizer = synthesizer;
        this.simulator = simulator;
        this.activity = activity;
        this.workDir = workDir;
        this.macsPerTrace = macsPerTrace;
    }

    /**
     * This study also measuring each row's energy with glitches (timed Java gate-level simulation
     * with OpenSTA's SDF) and without, on the first {@code macs} MACs of each trace; 0: not measured.
     */
    public AreaEnergyStudy withGlitchMacsPerTrace(long macs) {
        if (macs < 0) {
            throw new IllegalArgumentException("glitch MACs per trace is " + macs + ", must be >= 0 (0: no glitch measurement)");
        }
        AreaEnergyStudy copy = new AreaEnergyStudy(rtl, synthesizer, simulator, activity, workDir, macsPerTrace);
        copy.glitchMacsPerTrace = macs;
        return copy;
    }

    /** The Chisel MAC tops of {@link RtlEmitter#emitMac} with the tool's multiplier. */
    public static RtlSource chisel() {
        return chisel(MultiplierArchitecture.TOOL);
    }

    /** The Chisel MAC tops built around {@code multiplier}. */
    public static RtlSource chisel(MultiplierArchitecture multiplier) {
        return (design, dir) -> {
            EmittedRtl e = RtlEmitter.emitMac(design, multiplier, dir);
            return new MacRtl(e.topModule(), e.files());
        };
    }

    /** Period OpenSTA times an untargeted synthesis at, ns (fmax does not depend on it). */
    static final double UNTARGETED_PERIOD_NS = 10;

    /** Chisel RTL, Yosys and Verilator from the PATH, the default library, caches under {@code workDir}. */
    public static AreaEnergyStudy standard(Path workDir, long macsPerTrace) {
        return standard(workDir, macsPerTrace, CellLibraries.standard(), 0);
    }

    /** The same onto {@code library} with abc's delay target {@code delayTargetPs} (0: none). */
    public static AreaEnergyStudy standard(Path workDir, long macsPerTrace, CellLibrary library, int delayTargetPs) {
        return standard(workDir, macsPerTrace, library, delayTargetPs, MultiplierArchitecture.TOOL);
    }

    /** The same with MACs built around {@code multiplier}. */
    public static AreaEnergyStudy standard(Path workDir, long macsPerTrace, CellLibrary library, int delayTargetPs,
                                           MultiplierArchitecture multiplier) {
        YosysSynthesizer synth = YosysSynthesizer.standard(workDir.resolve("synth-cache"), library.requireTimed(), delayTargetPs);
        return new AreaEnergyStudy(chisel(multiplier), synth, GateLevelSimulator.standard(synth.library(), workDir.resolve("gate-sim")),
                new MacActivity(synth.library(), AreaClassifier.DEFAULT_MULTIPLIER_MODULES), workDir, macsPerTrace);
    }

    /** Convenience: {@link #standard} then {@link #run}. */
    public static List<StudyRow> run(List<MacDesign> designs, List<LayerTrace> traces, Path workDir) {
        return standard(workDir, DEFAULT_MACS_PER_TRACE).run(designs, traces);
    }

    /**
     * One row per design, in the given order. Every design needs at least one trace with its
     * weight and activation formats.
     */
    public List<StudyRow> run(List<MacDesign> designs, List<LayerTrace> traces) {
        List<StudyRow> rows = new ArrayList<>();
        for (MacDesign design : designs) {
            rows.add(row(design, tracesFor(design, traces)));
        }
        return rows;
    }

    /** Area only (no traces needed). */
    public SynthResult synthesize(MacDesign design) {
        return synthesize(design, synthesizer);
    }

    private SynthResult synthesize(MacDesign design, YosysSynthesizer with) {
        MacRtl source = rtl.emit(design, workDir.resolve("rtl").resolve(safe(design.name())));
        return with.synthesize(source.top(), source.files());
    }

    /** Synthesizes at abc delay target {@code targetNs} (0: none) and times the netlist with OpenSTA at that period. */
    public SweepPoint timed(MacDesign design, double targetNs) {
        SynthResult synth = synthesize(design, synthesizer.withDelayTarget((int) Math.round(targetNs * 1000)));
        double period = targetNs > 0 ? targetNs : UNTARGETED_PERIOD_NS;
        Path dir = synth.netlist().getParent().resolve(String.format(java.util.Locale.ROOT, "sta-%.3fns", period));
        return new SweepPoint(targetNs, synth, sta.time(synthesizer.library(), synth.netlist(), synth.top(), "clock", period,
                dir, null));
    }

    /** The area-vs-clock curve: one timed synthesis per target (ns, 0: untargeted), in the given order. */
    public List<SweepPoint> sweep(MacDesign design, List<Double> targetsNs) {
        List<SweepPoint> points = new ArrayList<>();
        for (double t : targetsNs) {
            points.add(timed(design, t));
        }
        return points;
    }

    /**
     * What {@link #runAtIsoFrequency} measured.
     *
     * @param sweeps design -> its area-vs-clock curve
     * @param iso    the common clock and each design's synthesis there
     * @param rows   area and energy of those syntheses, in design order
     */
    public record IsoStudy(Map<MacDesign, List<SweepPoint>> sweeps, IsoFrequency iso, List<StudyRow> rows) {
    }

    /**
     * Sweeps every design over {@code targetsNs}, finds the highest clock all of them meet and
     * measures each design's energy on its smallest netlist that meets it.
     */
    public IsoStudy runAtIsoFrequency(List<MacDesign> designs, List<LayerTrace> traces, List<Double> targetsNs) {
        Map<MacDesign, List<SweepPoint>> sweeps = new LinkedHashMap<>();
        for (MacDesign d : designs) {
            sweeps.put(d, sweep(d, targetsNs));
        }
        IsoFrequency iso = IsoFrequency.of(sweeps);
        List<StudyRow> rows = new ArrayList<>();
        for (MacDesign d : designs) {
            rows.add(row(d, tracesFor(d, traces), iso.chosen().get(d)));
        }
        return new IsoStudy(sweeps, iso, rows);
    }

    /**
     * One design's row measured on a given synthesis of it (a point of its {@link #sweep}, e.g. the
     * one {@link IsoFrequency} chose), on its traces among {@code traces}.
     */
    public StudyRow measure(MacDesign design, List<LayerTrace> traces, SweepPoint point) {
        return row(design, tracesFor(design, traces), point);
    }

    private StudyRow row(MacDesign design, List<LayerTrace> traces) {
        return row(design, traces, timed(design, synthesizer.delayTargetPs() / 1000.0));
    }

    private StudyRow row(MacDesign design, List<LayerTrace> traces, SweepPoint point) {
        SynthResult synth = point.synth();
        GateLevelSimulator.Compiled mac = simulator.compile(synth.netlist(), "clock");
        List<MacStream> streams = new ArrayList<>();
        for (LayerTrace t : traces) {
            streams.add(MacStream.weightStationary(t, macsPerTrace));
        }
        MacStream fit;
        MacStream heldOut;
        if (streams.size() >= 2) {
            int half = (streams.size() + 1) / 2;
            fit = MacStream.concat(streams.subList(0, half));
            heldOut = MacStream.concat(streams.subList(half, streams.size()));
        } else {
            MacStream only = streams.get(0);
            int half = only.length() / 2;
            fit = only.slice(0, half, "(first half)");
            heldOut = only.slice(half, only.length(), "(second half)");
        }
        if (!kinds(design, fit).containsAll(kinds(design, heldOut))) {
            // The later layers hold a MAC kind the earlier ones lack (e.g. zero weights): split each
            // stream in halves instead, so the fit sees every kind the held-out check predicts.
            List<MacStream> firsts = new ArrayList<>();
            List<MacStream> seconds = new ArrayList<>();
            for (MacStream st : streams) {
                firsts.add(st.slice(0, st.length() / 2, "(first half)"));
                seconds.add(st.slice(st.length() / 2, st.length(), "(second half)"));
            }
            fit = MacStream.concat(firsts);
            heldOut = MacStream.concat(seconds);
        }
        MacActivity.Measurement fitEnergy = activity.measureEachMac(mac, design, fit);
        MacActivity.Measurement heldEnergy = activity.measureEachMac(mac, design, heldOut);
        SwitchingEnergy all = SwitchingEnergy.combine(fitEnergy.energy(), heldEnergy.energy(), traces.size() + " trace(s): "
                + String.join(", ", traces.stream().map(LayerTrace::layer).toList()));
        int productWidth = outputWidth(mac, "product", new MacPlan(design).productWidth());
        int accWidth = outputWidth(mac, "acc", design.accumulator().width());
        ToggleEnergyModel model = ToggleEnergyModel.fit(design, fit,
                RtlSignalToggles.of(design, fit, productWidth, accWidth), fitEnergy.macPj());
        double toggleModelPj = model.predictPj(design, heldOut, RtlSignalToggles.of(design, heldOut, productWidth, accWidth));
        PowerCrossCheck power = powerCrossCheck(mac, synth, point.timing().periodNs(),
                NetActivity.pooled(fitEnergy.activity(), heldEnergy.activity()));
        return new StudyRow(design, synth.area(), all,
                CalibrationCheck.of(fitEnergy.energy(), heldEnergy.energy(), toggleModelPj), model,
                LibraryLabel.of(synthesizer.library()), point.delayTargetNs(), point.timing(), synth.verilogSha256(),
                synth.netlistSha256(), power, glitch(design, traces, point));
    }

    private GlitchEnergy glitch(MacDesign design, List<LayerTrace> traces, SweepPoint point) {
        if (glitchMacsPerTrace == 0) {
            return GlitchEnergy.NONE;
        }
        List<MacStream> streams = new ArrayList<>();
        for (LayerTrace t : traces) {
            streams.add(MacStream.weightStationary(t, glitchMacsPerTrace));
        }
        return new GlitchAwareEnergy(synthesizer.library(), activity, sta).measure(point, design, MacStream.concat(streams));
    }

    /** dintsim's energy model against OpenSTA's power, both at the activity measured on all the trace operands. */
    private PowerCrossCheck powerCrossCheck(GateLevelSimulator.Compiled mac, SynthResult synth, double periodNs,
                                            NetActivity activity) {
        Path dir = synth.netlist().getParent().resolve(String.format(java.util.Locale.ROOT, "power-%.3fns", periodNs));
        return PowerCrossCheck.of(mac.netlist(), mac.energies(), activity, sta.power(synthesizer.library(), synth.netlist(),
                "clock", periodNs, activity, dir));
    }

    private static java.util.Set<dintsim.models.mac.MacKind> kinds(MacDesign design, MacStream stream) {
        java.util.Set<dintsim.models.mac.MacKind> out = java.util.EnumSet.noneOf(dintsim.models.mac.MacKind.class);
        for (int i = 0; i < stream.length(); i++) {
            out.add(design.kind(stream.weight()[i]));
        }
        return out;
    }

    private static int outputWidth(GateLevelSimulator.Compiled mac, String port, int fallback) {
        return mac.outputs().stream().filter(p -> p.name().equals(port)).mapToInt(NetlistPort::width).findFirst()
                .orElse(fallback);
    }

    /** The traces in {@code design}'s weight and activation formats; none is an error naming what the traces hold. */
    public static List<LayerTrace> tracesFor(MacDesign design, List<LayerTrace> traces) {
        List<LayerTrace> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (LayerTrace t : traces) {
            String w = t.weights().format().name();
            String a = t.activations().format().name();
            seen.add(w + "x" + a);
            if (w.equals(design.weightFormat().name()) && a.equals(design.activationFormat().name())) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("design " + design.name() + ": no trace with weight format "
                    + design.weightFormat().name() + " and activation format " + design.activationFormat().name()
                    + " among the " + traces.size() + " traces given (" + String.join(", ", seen.stream().distinct().toList())
                    + ")");
        }
        return out;
    }

    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "_");
    }
}

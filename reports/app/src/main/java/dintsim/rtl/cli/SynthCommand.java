package dintsim.rtl.cli;

import dintsim.models.cli.NameLists;
import dintsim.models.io.IoErrors;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.param.Dimensions;
import dintsim.reports.chart.AreaVsClockChart;
import dintsim.reports.chart.ChartFiles;
import dintsim.reports.cli.CommandLines;
import dintsim.reports.cli.OutputDirectory;
import dintsim.reports.model.ClockSweepPoint;
import dintsim.reports.pipeline.IsoStudyResults;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.gen.MultiplierArchitecture;
import dintsim.rtl.power.ArrayGemm;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.synth.AreaEnergyStudy;
import dintsim.rtl.synth.ArrayCosts;
import dintsim.rtl.synth.CellLibraries;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.StudyReport;
import dintsim.rtl.synth.StudyRow;
import dintsim.rtl.synth.YosysSynthesizer;
import dintsim.sim.cost.CostTable;
import dintsim.sim.hw.array.Dataflow;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceInputs;
import org.jfree.chart.JFreeChart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dintsim synth}: area (Yosys onto a cell library, default OSU018), timing (OpenSTA) and switching energy (gate-level
 * simulation under Verilator on trace operands) of the Chisel MAC designs; prints the table and
 * writes CSV, JSON, the rtl cost table and the simulator's cost table ({@code costs.json}, for
 * {@code dintsim simulate --costs}).
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Synthesize MAC designs with Yosys (area, cells, transistors) and measure their switching energy "
                + "per MAC on trace operands with a gate-level Verilator simulation.",
                "Needs yosys, verilator, sta and the OSU018 library (Debian packages 'yosys', 'verilator', 'opensta', "
                        + "'qflow-tech-osu018')."})
public final class SynthCommand implements Callable<Integer> {
    @Option(names = "--design", paramLabel = "NAME", split = NameLists.SPLIT, splitSynopsisLabel = NameLists.LABEL,
            description = "Designs (repeatable or comma list; default: every design the traces hold).")
    List<String> designs = new ArrayList<>();

    @Option(names = "--traces", paramLabel = "PATH", required = true,
            description = "Trace set directory/manifest or .dtrace file (repeatable); each design needs traces in its formats.")
    List<Path> traces = new ArrayList<>();

    @Option(names = "--macs-per-trace", defaultValue = "100000", description = "Operand-stream length per trace (default ${DEFAULT-VALUE}).")
    long macsPerTrace;

    @Option(names = "--glitch-macs-per-trace", paramLabel = "N", defaultValue = "" + AreaEnergyStudy.DEFAULT_GLITCH_MACS_PER_TRACE,
            description = "Also measure energy per MAC with glitches (timed Java gate-level simulation with OpenSTA's SDF "
                    + "delays) and without, on the first N MACs of each trace (default ${DEFAULT-VALUE}; 0: not measured).")
    long glitchMacsPerTrace;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/dintsim-synth",
            description = "Work and cache directory (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write synth.csv, synth.json, cost-table.json (rtl detail) and costs.json (simulator cost table) here.")
    Path out;

    @Option(names = "--library", paramLabel = "NAME|FILE", defaultValue = "osu018",
            description = "Cell library: osu018 (default; OSU 0.18 um, characterised, Debian qflow-tech-osu018), osu035 or "
                    + "osu050 (the same OSU cells at 0.35 / 0.5 um, qflow-tech-osu035 / -osu050) or a Liberty "
                    + "file with timing arcs (every netlist is timed; the bundled dintsim45 estimate has none and is refused).")
    String library;

    @Option(names = "--multiplier", paramLabel = "ARCH", defaultValue = "tool",
            description = "Multiplier architecture: tool (Yosys's own signed multiply, default) or booth4 (radix-4 Booth in Chisel).")
    String multiplier;

    @Option(names = "--clock-ns", paramLabel = "NS", defaultValue = "0",
            description = "abc delay target (timing-driven mapping) in ns; 0 (default) maps for area with no target. "
                    + "Every netlist is timed by OpenSTA either way.")
    double clockNs;

    @Option(names = "--sweep-ns", paramLabel = "NS", split = ",",
            description = "Area-vs-clock sweep: synthesize every design at each abc delay target (ns; 0 = none), time each "
                    + "netlist with OpenSTA, and measure energy at the highest clock every design meets (iso-frequency), "
                    + "on each design's smallest netlist meeting it. Overrides --clock-ns; writes sweep.csv and area-vs-clock.png/.svg.")
    List<Double> sweepNs;

    @Option(names = "--array", paramLabel = "RxC", split = ",",
            description = "Array mode: synthesize an R x C weight-stationary, double-buffered PE array of every design "
                    + "(each RxC given, e.g. 4x4,8x8) and its single MAC, and report area and energy per MAC of the array "
                    + "against the MAC's: the array's gate-level netlist replays a slice of the design's first trace "
                    + "(4R input and 4C output channels, at most --macs-per-trace MACs) on its fold schedule, every output "
                    + "checked against the golden GEMM, and the MAC the same MACs; writes array.csv with --out.")
    List<String> arrays;

    @Option(names = "--accumulator-bits", paramLabel = "N",
            description = "Build every design with an N-bit accumulator (same fraction bits and overflow policy as its "
                    + "traces) instead of the one its traces carry, e.g. every design at INT8's width: the comparison at equal "
                    + "accumulator width. Only widening (N >= the traces' width; at most 32).")
    Integer accumulatorBits;

    @Option(names = "--base-costs", paramLabel = "FILE",
            description = "Simulator cost table whose SRAM and DRAM entries costs.json keeps, moved to the library's node "
                    + "(default: the built-in table).")
    Path baseCosts;

    public SynthCommand() {
    }

    @Override
    public Integer call() {
        // Everything that can be wrong is checked before the first synthesis.
        if (macsPerTrace < 2) {
            throw new IllegalArgumentException("option --macs-per-trace: " + macsPerTrace + " must be >= 2");
        }
        CostTable base = baseCosts == null ? CostTable.defaults() : CostTable.load(baseCosts);
        if (clockNs < 0) {
            throw new IllegalArgumentException("option --clock-ns: " + clockNs + " must be >= 0 (0: no delay target)");
        }
        if (sweepNs != null) {
            for (double t : sweepNs) {
                if (t < 0) {
                    throw new IllegalArgumentException("option --sweep-ns: " + t + " must be >= 0 (every target)");
                }
            }
        }
        List<ArrayConfig> shapes = arrays == null ? List.of() : arrays.stream().map(SynthCommand::arrayOf).toList();
        if (!shapes.isEmpty() && !multiplier.equals("tool")) {
            throw new IllegalArgumentException("option --multiplier: arrays (--array) are built with the tool's multiplier only");
        }
        if (!shapes.isEmpty() && sweepNs != null) {
            throw new IllegalArgumentException("option --sweep-ns has no effect with --array (array mode reports area at --clock-ns)");
        }
        CellLibrary cells = CommandLines.option("--library", () -> CellLibraries.named(library).requireTimed());
        // The cost table takes the library's node, supply and flip-flop: checked before any synthesis.
        CostTable onLibrary = out == null ? null : CommandLines.option("--library", () -> StudyReport.onLibrary(base, cells));
        if (glitchMacsPerTrace < 0) {
            throw new IllegalArgumentException("option --glitch-macs-per-trace: " + glitchMacsPerTrace
                    + " must be >= 0 (0: no glitch measurement)");
        }
        AreaEnergyStudy study = AreaEnergyStudy.standard(work, macsPerTrace, cells,
                (int) Math.round(clockNs * 1000),
                CommandLines.option("--multiplier", () -> MultiplierArchitecture.of(multiplier)))
                .withGlitchMacsPerTrace(glitchMacsPerTrace);
        List<LayerTrace> loaded = TraceInputs.loadAll(traces);
        List<MacDesign> chosen = new ArrayList<>();
        if (designs.isEmpty()) { // the default: what the traces hold, named in the cost table's command line
            loaded.stream().map(LayerTrace::design).distinct().forEach(chosen::add);
            designs = chosen.stream().map(MacDesign::name).toList();
        } else {
            for (String name : designs) {
                MacDesign d = CommandLines.option("--design", () -> designOf(name, loaded));
                if (loaded.stream().noneMatch(t -> t.design().name().equals(d.name()))) {
                    throw new IllegalArgumentException("option --design: no trace holds " + d.name() + " (the traces hold "
                            + loaded.stream().map(t -> t.design().name()).distinct().collect(Collectors.joining(", ")) + ")");
                }
                chosen.add(d);
            }
        }
        if (accumulatorBits != null) {
            chosen.replaceAll(d -> CommandLines.option("--accumulator-bits", () -> withAccumulatorBits(d, accumulatorBits)));
        }
        if (!shapes.isEmpty()) {
            return arrayCosts(chosen, shapes, cells, loaded);
        }
        List<StudyRow> rows;
        String sweepCsv = null;
        AreaEnergyStudy.IsoStudy swept = null;
        if (sweepNs != null && !sweepNs.isEmpty()) {
            AreaEnergyStudy.IsoStudy iso = study.runAtIsoFrequency(chosen, loaded, sweepNs);
            rows = iso.rows();
            System.out.print(StudyReport.sweepText(iso.sweeps(), iso.iso()));
            sweepCsv = StudyReport.sweepCsv(iso.sweeps(), iso.iso());
            swept = iso;
        } else {
            rows = study.run(chosen, loaded);
        }
        System.out.print(StudyReport.text(rows));
        if (out != null) {
            CostTable costs = StudyReport.simulatorCosts(rows, onLibrary, yosysVersion(), commandLine());
            try (OutputDirectory dir = OutputDirectory.open(out, "option --out")) {
                Files.writeString(dir.dir().resolve("synth.csv"), StudyReport.csv(rows));
                Files.writeString(dir.dir().resolve("synth.json"), StudyReport.json(rows));
                Files.writeString(dir.dir().resolve("cost-table.json"), StudyReport.costTable(rows));
                Files.writeString(dir.dir().resolve("costs.json"), costs.toJson());
                if (sweepCsv != null) {
                    Files.writeString(dir.dir().resolve("sweep.csv"), sweepCsv);
                    writeAreaVsClock(swept, cells.name(), dir.dir());
                }
                dir.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write results into " + out + ": " + IoErrors.reason(e), e);
            }
            System.out.println("wrote " + out.resolve("synth.csv") + ", synth.json, cost-table.json, costs.json");
        }
        return 0;
    }

    /** {@code RxC} as the array synthesis builds it (weight-stationary, double-buffered, no probe ports). */
    static ArrayConfig arrayOf(String text) {
        int[] rc = Dimensions.parse(text, "RxC", "option --array");
        return CommandLines.option("--array", () -> new ArrayConfig(rc[0], rc[1], Dataflow.parse("ws", "array"), true, false));
    }

    private int arrayCosts(List<MacDesign> chosen, List<ArrayConfig> shapes, CellLibrary cells, List<LayerTrace> loaded) {
        YosysSynthesizer synthesizer = YosysSynthesizer.standard(work.resolve("synth-cache"), cells, (int) Math.round(clockNs * 1000));
        GateLevelSimulator simulator = GateLevelSimulator.standard(synthesizer.library(), work.resolve("gate-sim"));
        StringBuilder csv = new StringBuilder(ArrayCosts.csvHeader()).append('\n');
        for (MacDesign d : chosen) {
            LayerTrace first = AreaEnergyStudy.tracesFor(d, loaded).get(0);
            for (ArrayConfig shape : shapes) {
                ArrayGemm slice = ArrayGemm.slice(first, 4 * shape.rows(), 4 * shape.cols(), macsPerTrace);
                ArrayCosts a = ArrayCosts.measure(synthesizer, simulator, shape,
                        new ArrayGemm(slice.source(), d, slice.activations(), slice.weights()), work.resolve("arrays"));
                System.out.printf(java.util.Locale.ROOT, "%-12s %-8s area/MAC %9.1f um^2 (MAC %9.1f, x%.3f, +%.1f flip-flops/PE)"
                                + "  energy/MAC %7.3f pJ (MAC %7.3f, x%.3f; utilization %.3f, %d cycles, %s)%n",
                        d.name(), shape.tag(), a.area().areaPerMacUm2(), a.area().mac().area().areaUm2(), a.area().overMac(),
                        a.area().extraFlipFlopsPerMac(), a.array().pjPerMac(), a.mac().energyPerMacPj(), a.energyOverMac(),
                        a.array().utilization(), a.array().cycles(), a.array().source());
                csv.append(a.csvRow()).append('\n');
            }
        }
        if (out != null) {
            try (OutputDirectory dir = OutputDirectory.open(out, "option --out")) {
                Files.writeString(dir.dir().resolve("array.csv"), csv.toString());
                dir.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write results into " + out + ": " + IoErrors.reason(e), e);
            }
            System.out.println("wrote " + out.resolve("array.csv"));
        }
        return 0;
    }

    /**
     * The design a name means for these traces: its formats with the accumulator its traces carry
     * (so costs.json serves exactly the design the simulator will replay); the default
     * accumulator when no trace has the formats (the study then says which traces are missing).
     */
    static MacDesign designOf(String name, List<LayerTrace> traces) {
        MacDesign named = MacDesigns.standard(name);
        List<MacDesign> found = traces.stream().map(LayerTrace::design)
                .filter(d -> d.name().equals(named.name())).distinct().toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException("design " + name + ": the traces carry " + found.size()
                    + " different accumulators (" + found.stream().map(MacDesign::key).collect(Collectors.joining(", "))
                    + "); pass the traces of one design at a time");
        }
        return found.isEmpty() ? named : found.get(0);
    }

    /** The design with an accumulator of {@code bits} bits, its fraction bits and overflow policy kept. */
    public static MacDesign withAccumulatorBits(MacDesign d, int bits) {
        AccumulatorSpec own = d.accumulator();
        // Only widening: the traces' partial sums are known to fit their own accumulator, and the
        // operand stream wraps as the RTL does, so a narrower one would measure silently wrong sums.
        if (bits < own.width()) {
            throw new IllegalArgumentException(bits + " bits is narrower than the " + own.width() + "-bit accumulator "
                    + d.name() + "'s traces carry (only widening is measured: narrower partial sums could overflow)");
        }
        return new MacDesign(d.weightFormat(), d.activationFormat(), new AccumulatorSpec(bits, own.fractionBits(), own.overflow()));
    }

    /** area-vs-clock.png/.svg: every design's sweep as a curve, the iso-frequency clock marked. */
    private static void writeAreaVsClock(AreaEnergyStudy.IsoStudy swept, String library, Path dir) throws IOException {
        List<ClockSweepPoint> points = IsoStudyResults.sweepPoints(swept.sweeps(), swept.iso());
        JFreeChart chart = AreaVsClockChart.draw(points, swept.iso().mhz(), "Area vs clock (" + library + ")");
        Files.write(dir.resolve("area-vs-clock.png"), ChartFiles.png(chart));
        Files.writeString(dir.resolve("area-vs-clock.svg"), ChartFiles.svg(chart, "area-vs-clock"));
    }

    private String yosysVersion() {
        return YosysSynthesizer.version(work.resolve("yosys-version"));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The measuring options as a command line (work directory left out: it only holds caches). */
    String commandLine() {
        StringBuilder s = new StringBuilder("dintsim synth --design '");
        s.append(String.join(",", designs)).append('\'');
        s.append(traces.stream().map(p -> " --traces " + p).collect(Collectors.joining()));
        s.append(" --macs-per-trace ").append(macsPerTrace);
        if (glitchMacsPerTrace != AreaEnergyStudy.DEFAULT_GLITCH_MACS_PER_TRACE) {
            s.append(" --glitch-macs-per-trace ").append(glitchMacsPerTrace);
        }
        if (!library.equals("osu018")) {
            s.append(" --library ").append(library);
        }
        if (!multiplier.equals("tool")) {
            s.append(" --multiplier ").append(multiplier);
        }
        if (sweepNs != null && !sweepNs.isEmpty()) {
            s.append(" --sweep-ns ").append(sweepNs.stream().map(SynthCommand::number).collect(Collectors.joining(",")));
        } else if (clockNs > 0) {
            s.append(" --clock-ns ").append(number(clockNs));
        }
        if (accumulatorBits != null) {
            s.append(" --accumulator-bits ").append(accumulatorBits);
        }
        if (baseCosts != null) {
            s.append(" --base-costs ").append(baseCosts);
        }
        return s.toString();
    }
}

package dintsim.sim.cli;

import dintsim.models.mac.AccumulatorOverflowException;
import dintsim.models.mac.MacDesign;
import dintsim.models.param.Dimensions;
import dintsim.reports.cli.OutputDirectory;
import dintsim.reports.cli.ProgressBars;
import dintsim.sim.cost.CostTable;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.replay.ArchConfig;
import dintsim.sim.replay.ArchConfigLoader;
import dintsim.sim.replay.Fidelity;
import dintsim.sim.replay.SimResult;
import dintsim.sim.replay.Simulator;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceInputs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dintsim simulate TRACES [--arch FILE] [options]}: replays traces on an array, checks the
 * outputs against the golden GEMM (cycle fidelity), and prints a summary table; {@code --out DIR}
 * writes layers.csv and layers.json. Options given on the command line override the file.
 * Bad input prints one message and exits with code 2.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, resourceBundle = "dintsim.sim.cli.ParameterHelp",
        description = "Replay layer traces on a systolic array: cycles, events, energy, area, utilization.")
public final class SimulateCommand implements Callable<Integer> {
    /** MACs above which a progress bar is shown (when not disabled). */
    private static final long PROGRESS_THRESHOLD_MACS = 1L << 30;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TRACES", description = "trace files, trace-set manifests (.json) or directories with a manifest")
    List<Path> traces = new ArrayList<>();

    @Option(names = "--arch", paramLabel = "FILE", description = "architecture file (YAML or JSON); defaults are used for missing fields")
    Path arch;

    @Option(names = "--array", paramLabel = "RxC", descriptionKey = "array")
    String array;

    @Option(names = "--dataflow", paramLabel = "NAME", descriptionKey = "array.dataflow")
    String dataflow;

    @Option(names = "--design", paramLabel = "NAME", descriptionKey = "design")
    String design;

    @Option(names = "--overlap", negatable = true, descriptionKey = "array.overlap")
    Boolean overlap;

    @Option(names = "--fidelity", paramLabel = "fast|cycle", defaultValue = "fast", description = "fast (per fold) or cycle (per PE per cycle); default ${DEFAULT-VALUE}")
    String fidelity;

    @Option(names = "--clock-mhz", paramLabel = "MHZ", descriptionKey = "clockMhz")
    Double clockMhz;

    @Option(names = "--costs", paramLabel = "FILE", description = "cost table JSON (default: the built-in table, OSU 0.18 um)")
    Path costs;

    @Option(names = "--out", paramLabel = "DIR", description = "write layers.csv and layers.json here")
    Path out;

    @Option(names = "--write-outputs", description = "also write each layer's output tensor as int32 .npy into --out")
    boolean writeOutputs;

    @Option(names = "--no-progress", description = "never show the progress bar")
    boolean noProgress;

    public SimulateCommand() {
    }

    /** Runs the command; user errors are thrown and reported by the shared handler (exit 2). */
    @Override
    public Integer call() {
        PrintWriter stdout = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        ArchConfig config = architecture();
        Fidelity fid = Fidelity.parse(fidelity, "option --fidelity");
        CostTable table = costs == null ? CostTable.defaults() : CostTable.load(costs);
        if (writeOutputs && out == null) {
            throw new IllegalArgumentException("option --write-outputs needs --out DIR");
        }
        List<TraceInputs.Layer> layers = TraceInputs.resolve(traces);
        checkBeforeWork(layers, config, fid, table);
        long totalMacs = layers.stream().mapToLong(TraceInputs.Layer::macs).sum();
        // Only each layer's figures are kept: its trace and output tensor are dropped after it, so
        // peak memory is that of the largest layer, not of the whole list.
        List<SimResult> results = new ArrayList<>();
        try (OutputDirectory dir = out == null ? null : OutputDirectory.open(out, "option --out");
             ProgressBar bar = ProgressBars.start("simulate", totalMacs, " GMAC", 1_000_000_000L,
                     !noProgress && totalMacs >= PROGRESS_THRESHOLD_MACS)) {
            long done = 0;
            for (TraceInputs.Layer layer : layers) {
                if (bar != null) {
                    bar.setExtraMessage(layer.name());
                }
                long base = done;
                SimResult r = replay(layer, config, fid, table,
                        bar == null ? null : f -> bar.stepTo(base + (long) (f * layer.macs())));
                done += layer.macs();
                if (writeOutputs) {
                    ResultFiles.writeNpy(dir.dir().resolve(ResultFiles.fileStem(r.layer()) + ".outputs.npy"), r.outputs(),
                            r.gemm().m(), r.gemm().n());
                }
                results.add(r.withoutOutputs());
                if (bar != null) {
                    bar.stepTo(done);
                }
            }
            if (bar != null) {
                bar.close();
            }
            stdout.print(SummaryTable.render(results));
            if (dir != null) {
                ResultFiles.writeCsv(dir.dir().resolve("layers.csv"), results);
                ResultFiles.writeJson(dir.dir().resolve("layers.json"), results, table.source());
                dir.commit();
                stdout.println("wrote " + out.resolve("layers.csv") + " and " + out.resolve("layers.json"));
            }
        }
        stdout.flush();
        return 0;
    }

    /**
     * Every check that can fail, before any layer is simulated: each trace reads intact, matches
     * the design, fits the buffers and the heap, and has a cost entry.
     */
    private static void checkBeforeWork(List<TraceInputs.Layer> layers, ArchConfig config, Fidelity fid, CostTable table) {
        long heap = Runtime.getRuntime().maxMemory();
        for (TraceInputs.Layer layer : layers) {
            long needed = Simulator.heapBytesNeeded(layer.m(), layer.k(), layer.n(), fid);
            if (needed > heap) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "%s: layer %s (M x K x N = %d x %d x %d) needs about %.1f GiB of heap to simulate at %s fidelity, "
                                + "this JVM has %.1f GiB (raise -Xmx, e.g. JAVA_OPTS=-Xmx%dg, or split the layer)",
                        layer.source(), layer.name(), layer.m(), layer.k(), layer.n(), needed / 1073741824.0, fid.label(),
                        heap / 1073741824.0, (long) Math.ceil(needed * 1.25 / 1073741824.0)));
            }
            LayerTrace trace = layer.loader().get();
            try {
                MacDesign design = config.designFor(trace);
                config.validateFor(trace, design);
                table.macCost(design);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(layer.source() + ": " + e.getMessage(), e);
            }
        }
    }

    /** One layer; an accumulator overflow under the error policy names the trace file it came from. */
    private static SimResult replay(TraceInputs.Layer layer, ArchConfig config, Fidelity fid, CostTable table,
                                    java.util.function.DoubleConsumer progress) {
        try {
            return Simulator.run(layer.loader().get(), config, fid, table, progress);
        } catch (AccumulatorOverflowException e) {
            throw new AccumulatorOverflowException(layer.source() + ": " + e.getMessage());
        }
    }

    /** The architecture file (or the defaults) with the command-line overrides applied. */
    ArchConfig architecture() {
        ArchConfig config = arch == null ? ArchConfig.defaults() : ArchConfigLoader.load(arch);
        ArrayShape shape = config.array();
        int rows = shape.rows();
        int cols = shape.cols();
        if (array != null) {
            int[] rc = Dimensions.parse(array, "RxC", "option --array");
            rows = rc[0];
            cols = rc[1];
        }
        Dataflow df = dataflow == null ? shape.dataflow() : Dataflow.parse(dataflow, "option --dataflow");
        boolean ov = overlap == null ? shape.overlap() : overlap;
        try {
            config = config.withArray(new ArrayShape(rows, cols, df, ov));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option --array: " + e.getMessage(), e);
        }
        if (design != null) {
            try {
                config = config.withDesign(dintsim.models.mac.MacDesigns.parse(design, new dintsim.models.format.Formats()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("option --design: " + e.getMessage(), e);
            }
        }
        if (clockMhz != null) {
            config = config.withClockMhz(ArchConfig.CLOCK_MHZ.check(clockMhz, "option --clock-mhz"));
        }
        return config;
    }
}

package dintsim.rtl.cli;

import dintsim.models.mac.MacDesigns;
import dintsim.models.param.Dimensions;
import dintsim.reports.cli.CommandLines;
import dintsim.reports.cli.OutputDirectory;
import dintsim.rtl.cosim.ArrayCosim;
import dintsim.rtl.cosim.CosimReport;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.sim.hw.array.Dataflow;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceInputs;
import dintsim.traces.samples.SampleTraces;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dintsim cosim}: replays traces on the golden GEMM, the Java cycle-accurate simulator and
 * the Verilated Chisel RTL, and demands equal output values, overflow flags and cycle counts
 * (also equal to TIMING.md's closed form). Exit code 0 when everything agrees, 1 on the first
 * divergence (reported with output index, cycle, PE, signal, expected and got).
 */
@Command(name = "cosim", mixinStandardHelpOptions = true,
        description = "Co-simulate traces on the Java simulator and the Verilated Chisel RTL; values and cycle counts must be equal.")
public final class CosimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "TRACES", description = "trace files, trace-set manifests (.json) or directories with a manifest")
    List<Path> traces = new ArrayList<>();

    @Option(names = "--samples", description = "use the built-in sample traces (every standard design, three shapes)")
    boolean samples;

    @Option(names = "--random", paramLabel = "MxKxN", description = "a random GEMM of this shape (with --design and --seed)")
    String random;

    @Option(names = "--design", paramLabel = "NAME", defaultValue = "dint4xint8", description = "design for --random (default: ${DEFAULT-VALUE})")
    String design;

    @Option(names = "--seed", defaultValue = "1", description = "seed for --random (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--array", paramLabel = "RxC", defaultValue = "8x8", description = "array size (default: ${DEFAULT-VALUE})")
    String array;

    @Option(names = "--dataflow", paramLabel = "LIST", defaultValue = "all",
            description = "dataflow(s) to check: a comma list of labels (${COMPLETION-CANDIDATES}) or all (default: ${DEFAULT-VALUE})",
            completionCandidates = DataflowLabels.class)
    String dataflow;

    @Option(names = "--overlap", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "double-buffered folds (default) or --no-overlap")
    boolean overlap;

    @Option(names = "--activity", paramLabel = "DIR", description = "write an activity file per run into DIR (rtl/docs/ACTIVITY.md)")
    Path activityDir;

    @Option(names = "--work", paramLabel = "DIR", description = "working directory for Verilog, stimuli and results (default: a temporary one)")
    Path work;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        CommandLines.requireFor(spec, random != null, "--random MxKxN", "--design", "--seed");
        List<LayerTrace> runs = inputs();
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("cosim: nothing to run: give TRACES, --samples or --random MxKxN");
        }
        int[] rc = Dimensions.parse(array, "RxC", "option --array");
        List<Dataflow> flows = parseDataflows(dataflow);
        for (Path d : new Path[] {work, activityDir}) {
            if (d != null && Files.exists(d) && !Files.isDirectory(d)) {
                throw new IllegalArgumentException("option " + (d == work ? "--work" : "--activity") + ": " + d
                        + " is a file, not a directory");
            }
        }
        // A temporary work directory is removed when the run ends, whatever the outcome.
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("dintsim-cosim");
        try {
            return runAll(out, runs, rc, flows, dir);
        } finally {
            if (work == null) {
                OutputDirectory.deleteTree(dir);
            }
        }
    }

    private int runAll(PrintWriter out, List<LayerTrace> runs, int[] rc, List<Dataflow> flows, Path dir) throws IOException {
        if (activityDir != null) {
            Files.createDirectories(activityDir);
        }
        int failed = 0;
        int index = 0;
        for (LayerTrace t : runs) {
            for (Dataflow df : flows) {
                ArrayConfig config = new ArrayConfig(rc[0], rc[1], df, overlap, activityDir != null);
                Path act = activityDir == null ? null : activityDir.resolve(String.format(Locale.ROOT, "%03d-%s-%s.tsv",
                        index, safe(t.layer()), config.tag()));
                CosimReport r = ArrayCosim.run(t.design(), config, t.activations(), t.weights(), dir, act);
                out.println(t.layer() + ": " + r.summary());
                out.flush();
                failed += r.passed() ? 0 : 1;
            }
            index++;
        }
        out.printf(Locale.ROOT, "cosim: %d run(s), %d diverged%n", runs.size() * flows.size(), failed);
        return failed == 0 ? 0 : 1;
    }

    private List<LayerTrace> inputs() {
        List<LayerTrace> out = new ArrayList<>(TraceInputs.loadAll(traces));
        if (samples) {
            out.addAll(SampleTraces.standard());
        }
        if (random != null) {
            int[] s = Dimensions.parse(random, "MxKxN", "option --random");
            out.add(SampleTraces.uniform(MacDesigns.standard(design), s[0], s[1], s[2], seed));
        }
        return out;
    }

    /** The labels of {@link Dataflow#all()}, for the help text. */
    static final class DataflowLabels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Dataflow.all().stream().map(Dataflow::label).iterator();
        }
    }

    /** "all" or a comma list of dataflow labels or titles, in the given order, without repeats. */
    static List<Dataflow> parseDataflows(String text) {
        if (text.trim().equalsIgnoreCase("all")) {
            return Dataflow.all();
        }
        java.util.LinkedHashSet<Dataflow> out = new java.util.LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            try {
                out.add(Dataflow.parse(part, "option --dataflow"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + ", a comma list of them, or all", e);
            }
        }
        return List.copyOf(out);
    }

    private static String safe(String layer) {
        return layer.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}

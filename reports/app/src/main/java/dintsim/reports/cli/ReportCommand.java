package dintsim.reports.cli;

import dintsim.models.cli.NameLists;
import dintsim.models.mac.MacDesigns;
import dintsim.reports.pipeline.FlowConfig;
import dintsim.reports.pipeline.ReportFlow;
import dintsim.sim.hw.array.Dataflow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dintsim report}: the whole flow, MiniLM -> quantize -> traces -> simulate -> Verilator
 * co-simulation -> Yosys area/energy -> reports/out/index.html. Results are cached by content,
 * so a re-run recomputes only what changed.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Run the whole flow and write the HTML/CSV/JSON report: quantize MiniLM (W8A8 baseline, "
                + "INT4, dINT4 with s = 0.25/0.5/0.75, FP4), simulate every design on the default array and the "
                + "sweep, co-simulate a sample of traces with Verilator, synthesize every MAC with Yosys and "
                + "measure its switching energy.",
                "Needs verilator, g++, make and yosys on PATH (./dintsim installs them) unless --skip-rtl."})
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/out",
            description = "Output directory (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Result cache (default: OUT/.cache).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Recompute every stage (results are still stored in the cache).")
    boolean noCache;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the sweeps (default: all cores).")
    Integer threads;

    @Option(names = "--layers", paramLabel = "N", defaultValue = "0",
            description = "Only the first N linear layers of the model (no embedding cosine then); 0 = all (default).")
    int layers;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Built-in model: minilm (default; Java forward pass), bge-small (bge-small-en-v1.5) or e5-small "
                    + "(e5-small-v2), the latter two through the generic ONNX path (no embedding cosine then).")
    String model;

    @Option(names = "--synthetic", paramLabel = "MxKxN",
            description = "Use one seeded synthetic layer instead of MiniLM (quick runs).")
    String synthetic;

    @Option(names = "--method", defaultValue = "rtn",
            description = "Quantization method: rtn, aqas, smoothquant, awq (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--formats", paramLabel = "FMT", split = NameLists.SPLIT, splitSynopsisLabel = NameLists.LABEL,
            defaultValue = MacDesigns.BASELINE_WEIGHT_FORMAT + "," + MacDesigns.STUDY_WEIGHT_FORMATS,
            description = "Weight formats, the W8A8 baseline first (default ${DEFAULT-VALUE}; dint4 is s = 0.5).")
    List<String> formats;

    @Option(names = "--sweep-format", defaultValue = "dint4",
            description = "Format whose traces run on every array of the sweep (default ${DEFAULT-VALUE}).")
    String sweepFormat;

    @Option(names = "--array-sizes", paramLabel = "N", split = ",", defaultValue = "8,16,32,64",
            description = "Square array sides of the sweep (default ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--dataflows", split = ",", paramLabel = "NAME",
            description = "Dataflows of the sweep and the co-simulation (default: every dataflow, see dintsim info).")
    List<String> dataflows = new java.util.ArrayList<>();

    @Option(names = "--default-array", paramLabel = "N", defaultValue = "32",
            description = "Side of the default weight-stationary array energy figures use (default ${DEFAULT-VALUE}).")
    int defaultSide;

    @Option(names = "--skip-rtl", description = "Skip co-simulation and synthesis (the report says so).")
    boolean skipRtl;

    @Option(names = "--cosim-array", paramLabel = "N", defaultValue = "8",
            description = "Side of the co-simulated arrays, one per dataflow (default ${DEFAULT-VALUE}).")
    int cosimSide;

    @Option(names = "--cosim-layers", paramLabel = "N", defaultValue = "2",
            description = "Layers per design to co-simulate, 0 = all (default ${DEFAULT-VALUE}; the report states the sample).")
    int cosimLayers;

    @Option(names = "--energy-layers", paramLabel = "N", defaultValue = "4",
            description = "Layers per design whose operands drive the gate-level activity (default ${DEFAULT-VALUE}).")
    int energyLayers;

    @Option(names = "--energy-macs", paramLabel = "N", defaultValue = "50000",
            description = "MACs per layer in the activity streams (default ${DEFAULT-VALUE}).")
    long energyMacs;

    @Option(names = "--no-gap-steps",
            description = "Leave the gap decomposition's Booth-multiplier and accumulator-width steps out (three more "
                    + "sweeps and gate-level runs); the report still shows the baseline and glitch steps and says which are left out.")
    boolean noGapSteps;

    @Option(names = "--costs", paramLabel = "FILE",
            description = "Charge energy with this simulator cost table (e.g. dintsim synth --out DIR's costs.json) "
                    + "instead of synthesizing; the report then has no area split.")
    Path costs;

    @Option(names = "--no-progress", description = "No progress bars.")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    public ReportCommand() {
    }

    @Override
    public Integer call() throws Exception {
        CommandLines.requireFor(spec, !skipRtl, "the RTL stages (not --skip-rtl)", "--cosim-array", "--cosim-layers",
                "--energy-layers", "--energy-macs", "--no-gap-steps");
        CommandLines.requireFor(spec, synthetic == null, "the MiniLM model (not --synthetic)", "--layers");
        List<Dataflow> df = dataflows.isEmpty() ? Dataflow.all()
                : dataflows.stream().map(d -> Dataflow.parse(d, "--dataflows")).toList();
        FlowConfig config = new FlowConfig(out, cacheDir != null ? cacheDir : out.resolve(".cache"), !noCache,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), layers, synthetic, model, method,
                formats.stream().map(String::trim).toList(), sweepFormat, sizes, df, defaultSide, !skipRtl, cosimSide,
                cosimLayers, energyLayers, energyMacs, !noGapSteps, noProgress, costs);
        new ReportFlow(config, System.err).run();
        return 0;
    }
}

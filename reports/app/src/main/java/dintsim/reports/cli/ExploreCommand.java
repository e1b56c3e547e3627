package dintsim.reports.cli;

import dintsim.models.cli.NameLists;
import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.quant.ClipGrid;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantMethod;
import dintsim.reports.explore.ExploreFiles;
import dintsim.reports.explore.ExplorePoint;
import dintsim.reports.explore.Explorer;
import dintsim.reports.explore.LayerCosts;
import dintsim.reports.explore.Limits;
import dintsim.sim.cost.CostTable;
import dintsim.sim.replay.ArchConfig;
import dintsim.sim.replay.ArchConfigLoader;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.TextCorpus;
import dintsim.traces.cli.ProgressBarProgress;
import dintsim.traces.quantize.MiniLmSource;
import dintsim.traces.quantize.Progress;
import dintsim.traces.quantize.SensitivityStudy;
import dintsim.traces.quantize.Setting;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dintsim explore}: a weight format per MiniLM layer, chosen exactly (CP-SAT) to maximise
 * predicted accuracy under energy / latency / area budgets, or to minimise energy under an
 * accuracy floor; with the Pareto front of accuracy vs energy, every point measured by running
 * the model with its allocation.
 */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Choose a weight format per layer of the embedded MiniLM (activations static INT8): the most accurate "
                + "allocation under budgets on energy per inference, latency or area, or the cheapest above an accuracy floor, "
                + "solved exactly as an integer program (OR-Tools CP-SAT).",
                "Predicted loss: the sum over layers of (1 - embedding cosine to FP32) with that layer alone quantized. "
                + "Costs: each layer's quantized trace replayed by the simulator and charged with the cost table. "
                + "Also writes the Pareto front of accuracy vs energy between the cheapest and dearest uniform setting, "
                + "each point measured by running the model with its allocation."})
public final class ExploreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FMT", split = NameLists.SPLIT, splitSynopsisLabel = NameLists.LABEL,
            defaultValue = MacDesigns.BASELINE_WEIGHT_FORMAT + "," + MacDesigns.STUDY_WEIGHT_FORMATS,
            description = "Weight formats a layer may use: int8, int4, dint4, dint4(s=0.25), fp4, or a --format-spec name "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--format-spec", paramLabel = "FILE", description = "Register a user format from a JSON spec file (repeatable; "
            + "its design needs a --costs entry, measured with dintsim synth).")
    List<Path> formatSpecs;

    @Option(names = "--method", paramLabel = "M", defaultValue = "rtn", description = "rtn, aqas, smoothquant or awq (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--clip-min", defaultValue = "0.5", description = "Smallest clip ratio of the weight MSE search (1 = no clipping; default ${DEFAULT-VALUE}).")
    double clipMin;

    @Option(names = "--text", paramLabel = "FILE", description = "Calibration/evaluation corpus (UTF-8, one passage per line; default: built-in).")
    Path text;

    @Option(names = "--arch", paramLabel = "FILE", description = "Architecture file (YAML or JSON) the layers are costed on; "
            + "it must not name a design (explore chooses one per layer). Default: the simulator's defaults.")
    Path arch;

    @Option(names = "--costs", paramLabel = "FILE", description = "Cost table JSON (default: the built-in table, OSU 0.18 um).")
    Path costs;

    @Option(names = "--energy-budget", paramLabel = "PJ", description = "Energy per inference (one pass over the evaluation text) at most PJ picojoules.")
    Double energyBudget;

    @Option(names = "--latency-budget", paramLabel = "CYCLES", description = "Latency per inference at most CYCLES system cycles.")
    Long latencyBudget;

    @Option(names = "--area-budget", paramLabel = "UM2", description = "Hardware area at most UM2 um^2 (a layer may use only formats whose "
            + "architecture fits; with a mix, the hardware is sized for its largest MAC).")
    Double areaBudget;

    @Option(names = "--cosine-floor", paramLabel = "C", description = "Instead of maximising accuracy: the least energy whose predicted "
            + "embedding cosine is at least C (other budgets kept).")
    Double cosineFloor;

    @Option(names = "--points", defaultValue = "6", description = "Energy budgets on the Pareto front (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory: sensitivity.csv, points.csv, "
            + "allocation.csv, explore.json, " + ExploreFiles.CHART + ".png/.svg.")
    Path out;

    @Option(names = "--no-progress", description = "No progress bars.")
    boolean noProgress;

    @Override
    public Integer call() {
        // Every option is checked before the (minutes-long) sensitivity run; nothing is written for a rejected run.
        Formats registry = new Formats();
        if (formatSpecs != null) {
            formatSpecs.forEach(f -> CommandLines.option("--format-spec", () -> registry.register(f)));
        }
        QuantMethod qm = CommandLines.option("--method", () -> QuantMethod.parse(method));
        List<Setting> settings = new ArrayList<>();
        for (String name : formats) {
            NumberFormat nf = CommandLines.option("--format", () -> registry.get(name.trim()));
            if (settings.stream().noneMatch(s -> s.format().name().equals(nf.name()))) {
                settings.add(new Setting(nf, qm));
            }
        }
        if (clipMin > 1 || !(clipMin > 0)) {
            throw new IllegalArgumentException("option --clip-min: " + clipMin + " must be in (0, 1] (1 = no clipping)");
        }
        if (points < 2) {
            throw new IllegalArgumentException("option --points: " + points + " must be at least 2");
        }
        positive("--energy-budget", energyBudget);
        positive("--latency-budget", latencyBudget == null ? null : latencyBudget.doubleValue());
        positive("--area-budget", areaBudget);
        if (cosineFloor != null && !(cosineFloor > 0 && cosineFloor <= 1)) {
            throw new IllegalArgumentException("option --cosine-floor: " + cosineFloor + " must be in (0, 1]");
        }
        ArchConfig architecture = arch == null ? ArchConfig.defaults() : CommandLines.option("--arch", () -> ArchConfigLoader.load(arch, registry));
        if (architecture.design() != null) {
            throw new IllegalArgumentException("option --arch: " + arch + " names design '" + architecture.design().name()
                    + "'; explore chooses the design per layer, so leave it out");
        }
        CostTable table = costs == null ? CostTable.defaults() : CommandLines.option("--costs", () -> CostTable.load(costs));
        NumberFormat int8 = registry.get("int8");
        for (Setting s : settings) {
            MacDesign d = new MacDesign(s.format(), int8, MacDesigns.defaultAccumulator(s.format(), int8));
            CommandLines.option(costs == null ? "--format" : "--costs", () -> table.macCost(d));
        }
        TextCorpus corpus = text == null ? TextCorpus.builtIn() : CommandLines.option("--text", () -> TextCorpus.fromFile(text));
        Limits limits = new Limits(energyBudget, latencyBudget, areaBudget);
        PrintWriter stdout = spec.commandLine().getOut();
        try (OutputDirectory dir = OutputDirectory.open(out, "option --out")) {
            Progress progress = noProgress ? Progress.NONE : new ProgressBarProgress();
            QuantConfig base = QuantConfig.of(settings.get(0).format()).withClip(clipMin >= 1 ? ClipGrid.NONE : new ClipGrid(clipMin, 0.05));
            SensitivityStudy study = SensitivityStudy.run(new MiniLmSource(MiniLm.builtIn(), corpus, 0), settings, base, progress);
            LayerCosts layerCosts = LayerCosts.measure(study, architecture, table);
            Explorer explorer = new Explorer(study, layerCosts);
            List<ExplorePoint> uniform = explorer.uniform();
            List<ExplorePoint> pareto = explorer.pareto(points, limits.withEnergyPj(null));
            Optional<ExplorePoint> answer = cosineFloor != null ? explorer.minimiseEnergy(cosineFloor, limits)
                    : limits.equals(Limits.NONE) ? Optional.empty() : explorer.maximiseAccuracy(limits, "budget");
            if ((cosineFloor != null || !limits.equals(Limits.NONE)) && answer.isEmpty()) {
                throw new IllegalArgumentException("no allocation meets " + constraints(question(limits))
                        + "; the uniform settings: " + costsOf(uniform));
            }
            ExploreFiles.write(dir.dir(), study, layerCosts, uniform, pareto, answer.orElse(null), question(limits));
            dir.commit();
            print(stdout, uniform, pareto, answer.orElse(null));
            stdout.printf(Locale.ROOT, "%nwrote sensitivity.csv, points.csv, %sexplore.json, %s.png/.svg to %s%n",
                    answer.isPresent() ? "allocation.csv, " : "", ExploreFiles.CHART, out);
        }
        stdout.flush();
        return 0;
    }

    private Map<String, Object> question(Limits limits) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("objective", cosineFloor != null ? "minimise energy per inference" : "maximise predicted embedding cosine");
        if (cosineFloor != null) {
            q.put("cosineFloor", cosineFloor);
        }
        if (limits.energyPj() != null) {
            q.put("energyBudgetPj", limits.energyPj());
        }
        if (limits.cycles() != null) {
            q.put("latencyBudgetCycles", limits.cycles());
        }
        if (limits.areaUm2() != null) {
            q.put("areaBudgetUm2", limits.areaUm2());
        }
        return q;
    }

    /** The question's constraints as "energyBudgetPj = 1.0, ..." (the objective left out). */
    private static String constraints(Map<String, Object> question) {
        StringBuilder b = new StringBuilder();
        question.forEach((k, v) -> {
            if (!k.equals("objective")) {
                b.append(b.length() == 0 ? "" : ", ").append(k).append(" = ").append(v);
            }
        });
        return b.toString();
    }

    private static String costsOf(List<ExplorePoint> uniform) {
        StringBuilder b = new StringBuilder();
        for (ExplorePoint p : uniform) {
            b.append(b.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s %.4g pJ, %d cycles, %.4g um2, cosine %.5f",
                    p.formats().get(0), p.energyPj(), p.cycles(), p.areaUm2(), p.predictedCosine()));
        }
        return b.toString();
    }

    private static void positive(String option, Double v) {
        if (v != null && !(v > 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException("option " + option + ": " + v + " must be a positive number");
        }
    }

    private static void print(PrintWriter out, List<ExplorePoint> uniform, List<ExplorePoint> pareto, ExplorePoint answer) {
        out.printf(Locale.ROOT, "%-8s %14s %14s %12s %10s %10s  %s%n", "kind", "budget [pJ]", "energy [pJ]", "cycles",
                "predicted", "measured", "mix");
        List<ExplorePoint> all = new ArrayList<>(uniform);
        all.addAll(pareto);
        if (answer != null) {
            all.add(answer);
        }
        for (ExplorePoint p : all) {
            out.printf(Locale.ROOT, "%-8s %14s %14.6g %12d %10.6f %10.6f  %s%n", p.kind(),
                    p.energyBudgetPj() == null ? "-" : String.format(Locale.ROOT, "%.6g", p.energyBudgetPj()), p.energyPj(),
                    p.cycles(), p.predictedCosine(), p.measuredCosine(), p.mix());
        }
    }
}

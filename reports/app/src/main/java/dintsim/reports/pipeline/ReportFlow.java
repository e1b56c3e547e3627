package dintsim.reports.pipeline;

import dintsim.models.format.Formats;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantMethod;
import dintsim.models.quant.SyntheticLayer;
import dintsim.reports.ReportWriter;
import dintsim.reports.cli.OutputDirectory;
import dintsim.reports.model.CosimCheck;
import dintsim.reports.model.ErrorHistogram;
import dintsim.reports.model.ReportData;
import dintsim.reports.model.RunInfo;
import dintsim.reports.model.SynthesisStudy;
import dintsim.rtl.synth.AreaEnergyStudy;
import dintsim.sim.cost.CostTable;
import dintsim.sim.hw.array.Dataflow;
import dintsim.traces.LayerTrace;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.TextCorpus;
import dintsim.traces.onnx.EmbeddedModel;
import dintsim.traces.quantize.LayerSource;
import dintsim.traces.quantize.MiniLmSource;
import dintsim.traces.quantize.OnnxModelSource;
import dintsim.traces.quantize.Setting;
import dintsim.traces.quantize.SyntheticSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole report flow: quantize -> co-simulate -> synthesize (the cost table) -> simulate
 * (default array charged with that table, plus the sweep) -> assemble -> write. Synthesis comes
 * before simulation because the report's energies are the simulator's: the same layer gets the
 * energy {@code dintsim simulate --costs OUT/costs.json} prints. Each stage is its own class; this
 * one only composes them, shows progress, and records what each stage computed or took from the
 * cache.
 */
public final class ReportFlow {
    /** The cost table the report charged, written next to the report for {@code simulate --costs}. */
    public static final String COSTS_FILE = "costs.json";

    /** The paper's two designs. */
    static final String INT8 = "int8xint8";
    static final String DINT = "dint4xint8";

    private final FlowConfig config;
    private final PrintStream log;
    private final List<String> stageLines = new ArrayList<>();

    public ReportFlow(FlowConfig config, PrintStream log) {
        this.config = config;
        this.log = log;
    }

    /** What a run wrote. */
    public record Outcome(ReportData data, RunInfo runInfo, List<Path> files) {
    }

    public Outcome run() throws IOException {
        long t0 = System.nanoTime();
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        if (config.rtl()) { // fail before any work when a tool is missing
            SynthStage.requireTools();
            CosimStage.requireTools();
        }
        // Inputs that can be wrong are read before any work (and before the cache is touched).
        CostTable givenCosts = config.costs() == null ? null : CostTable.load(config.costs());
        CodeVersion code = CodeVersion.ofClassPath();
        ResultCache cache = new ResultCache(config.cacheDir(), config.useCache());
        List<Setting> settings = settings();
        List<String> notes = new ArrayList<>();
        ReportData data;
        CostTable chargedCosts;
        try (ParallelSweep sweep = new ParallelSweep(config.threads())) {
            // 1. Quantize.
            LayerSource source = source();
            QuantizeStage quantize = new QuantizeStage(cache, code, source, sourceKey(), QuantConfig.of(settings.get(0).format()));
            List<QuantizeStage.Quantized> quantized = stage(cache, "quantize", settings.size(),
                    p -> quantize.run(settings, sweep, p));
            Map<String, List<LayerTrace>> traces = new LinkedHashMap<>();
            for (QuantizeStage.Quantized q : quantized) {
                traces.put(q.setting(), q.loadTraces(cache));
            }
            int layerCount = traces.values().iterator().next().size();
            notes.add("Layers: " + source.description() + " (" + layerCount + " linear layers). Quantization: "
                    + config.method() + ", per-output-channel weight scales, static per-tensor INT8 activations.");

            // 2 + 3. Co-simulate a stated sample, synthesize every design into the simulator's cost table.
            ArraySpec defaultArray = new ArraySpec(config.defaultSide(), dintsim.sim.hw.array.ArrayShape.defaults().dataflow());
            List<CosimCheck> cosim = List.of();
            List<SynthesizedMac> synthesized = List.of();
            SynthesisStudy synthesis = SynthesisStudy.NONE;
            CostTable costs = givenCosts;
            if (config.rtl()) {
                List<CosimStage.Job> cosimJobs = new ArrayList<>();
                List<SynthStage.Job> synthJobs = new ArrayList<>();
                for (QuantizeStage.Quantized q : quantized) {
                    List<LayerTrace> t = traces.get(q.setting());
                    List<LayerTrace> sample = config.cosimLayers() == 0 ? t : t.subList(0, Math.min(t.size(), config.cosimLayers()));
                    for (Dataflow df : config.dataflows()) {
                        cosimJobs.add(new CosimStage.Job(q, sample, new ArraySpec(config.cosimSide(), df)));
                    }
                    synthJobs.add(new SynthStage.Job(q, t.subList(0, Math.min(t.size(), config.energyLayers()))));
                }
                CosimStage cosimStage = new CosimStage(cache, code);
                cosim = stage(cache, "co-simulate", CosimStage.count(cosimJobs), p -> cosimStage.run(cosimJobs, sweep, p));
                long agree = cosim.stream().filter(CosimCheck::agrees).count();
                notes.add(String.format(Locale.ROOT, "Co-simulation (Verilator vs Java cycle-accurate simulator vs golden "
                        + "GEMM): %s of each design's %d layer traces on %dx%d arrays (%s); %d of %d checks agree "
                        + "on every output value and the cycle count.",
                        config.cosimLayers() == 0 || config.cosimLayers() >= layerCount ? "all"
                                : "a sample, the first " + config.cosimLayers(), layerCount, config.cosimSide(),
                        config.cosimSide(), String.join(", ", config.dataflows().stream().map(Dataflow::label).toList()),
                        agree, cosim.size()));
                if (costs == null) {
                    SynthStage synth = new SynthStage(cache, code, config.energyMacs(),
                            AreaEnergyStudy.DEFAULT_GLITCH_MACS_PER_TRACE, config.gapSteps(), CostTable.defaults(),
                            "dintsim report, synthesize stage: --energy-layers " + config.energyLayers()
                                    + " --energy-macs " + config.energyMacs());
                    SynthStage.Result result = stage(cache, "synthesize", synth.steps(synthJobs),
                            p -> synth.run(synthJobs, sweep, p));
                    synthesized = result.macs();
                    synthesis = result.study();
                    costs = synth.costTable(synthJobs, synthesized);
                    notes.add(String.format(Locale.ROOT, "Area and energy: Yosys synthesis of one MAC unit per design onto "
                            + "the OSU 0.18 um cell library at every abc delay target of %s ns (0: none), each netlist "
                            + "timed by OpenSTA; every design is measured on its smallest netlist meeting the "
                            + "iso-frequency %.1f MHz, the highest clock all designs meet (as dintsim synth --sweep-ns; "
                            + "rtl/docs/AREA_ENERGY.md; the cost table's registers from the library's flip-flop, SRAM "
                            + "scaled to its node); 'adder' is every combinational cell outside the multiplier (adder, "
                            + "decode, muxes). Energy per MAC by kind (zero / special shift / multiply) from zero-delay "
                            + "gate-level switching on operand streams of the first %d layer(s) of each design (%d MACs "
                            + "each), at the library's supply voltage, as the cost table charges it; glitch-aware energy "
                            + "beside it on the first %d MACs of each of those layers.", SynthStage.SWEEP_NS.toString()
                            .replace("[", "").replace("]", ""), synthesis.isoFrequencyMhz(), config.energyLayers(),
                            config.energyMacs(), AreaEnergyStudy.DEFAULT_GLITCH_MACS_PER_TRACE));
                }
            } else {
                notes.add("RTL stages skipped (--skip-rtl): no co-simulation" + (costs == null ? ", area or energy" : " or area")
                        + " in this report.");
            }
            if (costs != null) {
                notes.add("Energy: the simulator's, as dintsim simulate --costs " + COSTS_FILE + " prints it for each layer "
                        + "on the " + defaultArray.label() + " array (MACs by kind x the cost table's MAC entry, plus "
                        + "registers, SRAM and DRAM); energy per MAC and the paper's power ratio use its MAC part. "
                        + "Cost table: " + (config.costs() != null ? config.costs() : "synthesized here") + ", written to "
                        + COSTS_FILE + ".");
            }

            // 4. Simulate every setting on the default array (charged), the sweep format on every array.
            List<ArraySpec> sweepArrays = sweepArrays(defaultArray);
            List<SimulateStage.Job> simJobs = new ArrayList<>();
            for (QuantizeStage.Quantized q : quantized) {
                simJobs.add(new SimulateStage.Job(q, traces.get(q.setting()),
                        q.weightFormat().equals(config.sweepFormat()) ? sweepArrays : List.of(defaultArray),
                        defaultArray, costs));
            }
            SimulateStage simulate = new SimulateStage(cache, code);
            List<LayerRun> runs = stage(cache, "simulate", SimulateStage.count(simJobs),
                    p -> simulate.run(simJobs, sweep, p));
            chargedCosts = costs;

            // 5. Assemble.
            List<String> energySettings = new ArrayList<>();
            String sweepSetting = null;
            for (QuantizeStage.Quantized q : quantized) {
                if (!q.weightFormat().contains("(")) {
                    energySettings.add(q.setting());
                }
                if (q.weightFormat().equals(config.sweepFormat())) {
                    sweepSetting = q.setting();
                }
            }
            data = ReportAssembler.assemble(new ReportAssembler.Inputs("dintsim report: INT8 vs dINT4 MACs on "
                    + source.model(), notes, quantized.stream().map(QuantizeStage.Quantized::quality).toList(),
                    histogram(quantized), runs, defaultArray.label(), sweepSetting, energySettings, synthesized,
                    costs == null ? "no cost table" : costs.source(), cosim, INT8, DINT, synthesis));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        RunInfo info = new RunInfo(started, wall, code.summary(), config.threads(), stageLines);
        List<Path> files;
        try (OutputDirectory dir = OutputDirectory.open(config.out(), "option --out")) {
            files = new ArrayList<>(ReportWriter.write(data, info, dir.dir()));
            if (chargedCosts != null) {
                Path costsFile = dir.dir().resolve(COSTS_FILE);
                Files.writeString(costsFile, chargedCosts.toJson());
                files.add(costsFile);
            }
            ReportWriter.removeStale(config.out(), files);
            dir.commit();
            files = files.stream().map(f -> config.out().resolve(dir.dir().relativize(f))).toList();
        }
        log.printf(Locale.ROOT, "report: wrote %d files to %s in %.1f s (open %s)%n", files.size(), config.out(), wall,
                config.out().resolve("index.html"));
        return new Outcome(data, info, files);
    }

    private interface StageBody<T> {
        T run(StageProgress progress);
    }

    /** Runs one stage with a progress bar and records computed/cached counts and time. */
    private <T> T stage(ResultCache cache, String name, long steps, StageBody<T> body) {
        int hits = cache.hits();
        int misses = cache.misses();
        int damaged = cache.damaged();
        T out;
        double seconds;
        try (StageProgress p = StageProgress.start(name, steps, log, config.quiet())) {
            out = body.run(p);
            seconds = p.seconds();
        }
        int newlyDamaged = cache.damaged() - damaged;
        String line = String.format(Locale.ROOT, "%s: %d computed, %d from cache%s, %.1f s", name,
                cache.misses() - misses, cache.hits() - hits,
                newlyDamaged == 0 ? "" : " (" + newlyDamaged + " damaged or outdated entries recomputed)", seconds);
        stageLines.add(line);
        log.println(line);
        return out;
    }

    private List<Setting> settings() {
        Formats formats = new Formats();
        QuantMethod method = QuantMethod.parse(config.method());
        return config.formats().stream().map(f -> new Setting(formats.get(f), method)).toList();
    }

    private LayerSource source() {
        if (config.synthetic() != null) {
            return new SyntheticSource(SyntheticLayer.parse(config.synthetic(), 1, false));
        }
        EmbeddedModel m = embeddedModel();
        LayerSource model = m == EmbeddedModel.MINILM ? new MiniLmSource(MiniLm.builtIn(), TextCorpus.builtIn(), 0)
                : OnnxModelSource.embedded(m, TextCorpus.builtIn());
        return config.layers() == 0 ? model : new FirstLayers(model, config.layers());
    }

    private EmbeddedModel embeddedModel() {
        return config.model() == null ? EmbeddedModel.MINILM : EmbeddedModel.parse(config.model());
    }

    /** Content key of the layer source: model (its jar's version is in the code version), corpus, selection. */
    private String sourceKey() {
        if (config.synthetic() != null) {
            return CacheKey.of("synthetic").add(config.synthetic()).add(1).hex();
        }
        return CacheKey.of(embeddedModel().key()).add(String.join("\n", TextCorpus.builtIn().passages())).add(config.layers()).hex();
    }

    private List<ArraySpec> sweepArrays(ArraySpec defaultArray) {
        List<ArraySpec> out = new ArrayList<>();
        for (Dataflow df : config.dataflows()) {
            for (int side : config.sizes()) {
                out.add(new ArraySpec(side, df));
            }
        }
        if (!out.contains(defaultArray)) {
            out.add(defaultArray);
        }
        return out;
    }

    /** INT4 vs dINT4 (s = 0.5) weight-error histograms, when both were quantized without scaling. */
    private static ErrorHistogram histogram(List<QuantizeStage.Quantized> quantized) {
        List<ErrorHistogram.Series> series = new ArrayList<>();
        for (String f : List.of("int4", "dint4")) {
            for (QuantizeStage.Quantized q : quantized) {
                if (q.weightFormat().equals(f) && q.weightErrorCounts() != null) {
                    series.add(new ErrorHistogram.Series(f, q.weightErrorCounts()));
                }
            }
        }
        return series.size() == 2 ? new ErrorHistogram(WeightErrorHistogram.binStart(), WeightErrorHistogram.binWidth(),
                series) : null;
    }
}

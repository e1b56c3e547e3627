package dintsim.traces.cli;

import dintsim.models.cli.NameLists;
import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import dintsim.models.mac.MacDesigns;
import dintsim.models.quant.ActivationCalibration;
import dintsim.models.quant.ClipGrid;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantMethod;
import dintsim.models.quant.SyntheticLayer;
import dintsim.reports.cli.CommandLines;
import dintsim.reports.cli.OutputDirectory;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.TextCorpus;
import dintsim.traces.onnx.EmbeddedModel;
import dintsim.traces.checkpoint.HfCheckpoint;
import dintsim.traces.quantize.CheckpointSource;
import dintsim.traces.quantize.LayerSource;
import dintsim.traces.quantize.MiniLmSource;
import dintsim.traces.quantize.OnnxModelSource;
import dintsim.traces.quantize.Progress;
import dintsim.traces.quantize.QualityReport;
import dintsim.traces.quantize.QuantizationStudy;
import dintsim.traces.quantize.Setting;
import dintsim.traces.quantize.SlacReport;
import dintsim.traces.quantize.StudyConfig;
import dintsim.traces.quantize.StudyResult;
import dintsim.traces.quantize.SyntheticSource;
import dintsim.traces.quantize.TensorFileSource;
import dintsim.traces.quantize.WeightOnlyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dintsim quantize}: W4A8 (or any weight format x INT8) post-training quantization of the
 * embedded MiniLM (Java forward pass), bge-small or e5-small (generic ONNX path), any ONNX model,
 * a Hugging Face LLM checkpoint, a user's layer, or a synthetic layer; writes one trace set per setting, the
 * per-layer quality table (text, CSV, JSON) and, for MiniLM, the end-to-end embedding similarity.
 */
@Command(name = "quantize", mixinStandardHelpOptions = true,
        description = {"Quantize linear layers to W4A8 (weights in a chosen format, activations static INT8), "
                + "write replayable traces and the per-layer quality table.",
                "W8A8 (int8 weights) is always included as the baseline unless --no-baseline."})
public final class QuantizeCommand implements Callable<Integer> {
    /** Splits on commas outside parentheses, so "dint4(s=0.5,zero=false)" stays one format. */

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "NAME", description = "Built-in model: minilm (Java forward pass; default when no other "
            + "source is given), bge-small (bge-small-en-v1.5) or e5-small (e5-small-v2), both through the generic ONNX path.")
    String model;

    @Option(names = "--onnx", paramLabel = "FILE", description = "Any FP32 ONNX model: its MatMul, Gemm and Conv layers, activations "
            + "captured by ONNX Runtime on --text through --tokenizer, or on --input tensors.")
    Path onnx;

    @Option(names = "--tokenizer", paramLabel = "FILE", description = "The --onnx model's Hugging Face tokenizer.json "
            + "(default: tokenizer.json beside the model, if there).")
    Path tokenizer;

    @Option(names = "--input", paramLabel = "NAME=FILE", description = "An --onnx model input as a .npy tensor, e.g. "
            + "input_ids=ids.npy (repeatable; instead of text).")
    List<String> inputs;

    @Option(names = "--llm", paramLabel = "DIR", description = "A Hugging Face LLM directory (config.json + *.safetensors, "
            + "OPT or LLaMA naming): every linear layer, with --llm-activations or synthetic activations.")
    Path llm;

    @Option(names = "--llm-activations", paramLabel = "DIR", description = "For --llm: <layer name>.npy files (M x K) of real "
            + "activations; layers without a file get synthetic LLM-like activations.")
    Path llmActivations;

    @Option(names = "--tokens", paramLabel = "M", defaultValue = "256", description = "For --llm: rows of synthetic activations per layer (default ${DEFAULT-VALUE}).")
    int tokens;

    @Option(names = "--layer-filter", paramLabel = "REGEX", description = "For --llm: only layers whose name contains a match, e.g. 'layers\\.0\\.|fc1'.")
    String layerFilter;

    @Option(names = "--weights-only", description = "For --llm: only the weights-only analysis (underflow/rounding split, weight SQNR "
            + "per layer and format), layer by layer; writes weights.csv, no traces.")
    boolean weightsOnly;

    @Option(names = "--weights", paramLabel = "FILE", description = "User layer weights, N x K (.npy or .safetensors).")
    Path weights;

    @Option(names = "--weights-tensor", paramLabel = "NAME", description = "Tensor name inside a .safetensors weights file.")
    String weightsTensor;

    @Option(names = "--activations", paramLabel = "FILE", description = "User layer activations, M x K (.npy or .safetensors).")
    Path activations;

    @Option(names = "--activations-tensor", paramLabel = "NAME", description = "Tensor name inside .safetensors activation files.")
    String activationsTensor;

    @Option(names = "--calibration", paramLabel = "FILE", description = "Separate calibration activations for a user layer (default: --activations).")
    Path calibration;

    @Option(names = "--synthetic", paramLabel = "MxKxN", description = "A seeded synthetic LLM-like layer, e.g. 2048x4096x4096.")
    String synthetic;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic layer (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--heavy-tailed", description = "Synthetic weights from a Student-t (nu = 4) instead of a Gaussian.")
    boolean heavyTailed;

    @Option(names = "--format", paramLabel = "FMT", split = NameLists.SPLIT, splitSynopsisLabel = NameLists.LABEL,
            defaultValue = MacDesigns.STUDY_WEIGHT_FORMATS,
            description = "Weight formats, repeatable or comma list: int8, int4, dint4, dint4(s=0.25), fp4, or a --format-spec name "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--format-spec", paramLabel = "FILE", description = "Register a user format from a JSON spec file (repeatable).")
    List<Path> formatSpecs;

    @Option(names = "--method", paramLabel = "M", split = ",", description = "rtn, aqas, smoothquant, awq; repeatable or comma list (default rtn).")
    List<String> methods;

    @Option(names = "--no-baseline", description = "Do not add the W8A8 (int8 weights) baseline.")
    boolean noBaseline;

    @Option(names = "--group-size", defaultValue = "0", description = "Weight scale group along K; 0 = per output channel (default). Traces need per-channel scales.")
    int groupSize;

    @Option(names = "--clip-min", defaultValue = "0.5", description = "Smallest clip ratio of the weight MSE search (1 = no clipping; default ${DEFAULT-VALUE}).")
    double clipMin;

    @Option(names = "--act-calibration", defaultValue = "max", description = "Activation range: max, mse or pNN.N (percentile); default ${DEFAULT-VALUE}.")
    String actCalibration;

    @Option(names = "--refine-channels", paramLabel = "R", defaultValue = "0",
            description = "AQAS: after the alpha search, try halving/doubling the scale of the R channels with the largest activations (default ${DEFAULT-VALUE}).")
    int refineChannels;

    @Option(names = "--text", paramLabel = "FILE", description = "User calibration/evaluation corpus for MiniLM (UTF-8, one passage per line).")
    Path text;

    @Option(names = "--seq-len", paramLabel = "L", defaultValue = "0", description = "SLAC: calibrate MiniLM on sequences of exactly L tokens (default ${DEFAULT-VALUE}: one sequence per passage).")
    int seqLen;

    @Option(names = "--slac-lengths", paramLabel = "L", split = ",", description = "Also report MiniLM activation ranges at these sequence lengths, e.g. 16,32,64,128.")
    List<Integer> slacLengths;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory: one trace set per setting, quality.csv, summary.csv, quality.json.")
    Path out;

    @Option(names = "--no-traces", description = "Only measure; do not write trace sets.")
    boolean noTraces;

    @Option(names = "--reference", description = "Store the FP32 reference output (M x N floats) in every trace.")
    boolean reference;

    @Option(names = "--no-progress", description = "No progress bars.")
    boolean noProgress;

    public QuantizeCommand() {
    }

    /** Runs the command; user errors are thrown and reported by the shared handler (exit 2). */
    @Override
    public Integer call() {
        // Every option and input is checked before any work, and nothing is written for a rejected run.
        Formats registry = new Formats();
        if (formatSpecs != null) {
            formatSpecs.forEach(f -> CommandLines.option("--format-spec", () -> registry.register(f)));
        }
        List<Setting> settings = settings(registry);
        if (clipMin > 1 || !(clipMin > 0)) {
            throw new IllegalArgumentException("option --clip-min: " + clipMin + " must be in (0, 1] (1 = no clipping)");
        }
        if (seqLen < 0) {
            throw new IllegalArgumentException("option --seq-len: " + seqLen + " must be >= 0 (0 = the corpus' own lengths)");
        }
        QuantConfig base = quantConfig(settings.get(0).format());
        if (groupSize != 0 && !noTraces) {
            throw new IllegalArgumentException("option --group-size " + groupSize + ": traces hold one weight scale per output "
                    + "channel; add --no-traces to measure grouped quantization");
        }
        boolean tensors = weights != null || activations != null;
        boolean textModel = synthetic == null && !tensors && llm == null; // MiniLM, an embedded or an --onnx model
        boolean miniLm = textModel && onnx == null && (model == null || model.equalsIgnoreCase("minilm"));
        CommandLines.requireFor(spec, synthetic != null || llm != null, "--synthetic MxKxN or --llm DIR", "--seed");
        CommandLines.requireFor(spec, synthetic != null, "--synthetic MxKxN", "--heavy-tailed");
        CommandLines.requireFor(spec, tensors, "--weights/--activations", "--weights-tensor", "--activations-tensor",
                "--calibration");
        CommandLines.requireFor(spec, textModel, "a model that reads text (MiniLM, --model NAME or --onnx)", "--text");
        CommandLines.requireFor(spec, miniLm, "the MiniLM model", "--seq-len", "--slac-lengths");
        CommandLines.requireFor(spec, !noTraces, "trace sets (not --no-traces)", "--reference");
        Progress progress = noProgress ? Progress.NONE : new ProgressBarProgress();
        PrintWriter stdout = spec.commandLine().getOut();
        if (weightsOnly) {
            if (llm == null) {
                throw new IllegalArgumentException("option --weights-only needs --llm DIR");
            }
            List<WeightOnlyReport.Row> rows = WeightOnlyReport.measure(HfCheckpoint.open(llm), filter(), settings.stream()
                    .map(Setting::format).distinct().toList(), base, progress);
            stdout.print(WeightOnlyReport.table(rows));
            try (OutputDirectory dir = OutputDirectory.open(out, "option --out")) {
                Path written = WeightOnlyReport.write(rows, dir.dir());
                dir.commit();
                stdout.printf(Locale.ROOT, "%nwrote %s%n", out.resolve(dir.dir().relativize(written)));
            }
            stdout.flush();
            return 0;
        }
        LayerSource source = source();
        if (slacLengths != null && !slacLengths.isEmpty() && !(source instanceof MiniLmSource)) {
            throw new IllegalArgumentException("option --slac-lengths needs the MiniLM model (sequences are cut from its corpus)");
        }
        try (OutputDirectory dir = OutputDirectory.open(out, "option --out")) {
            if (slacLengths != null && !slacLengths.isEmpty()) {
                SlacReport slac = SlacReport.measure(MiniLm.builtIn(), corpus(), slacLengths, base.calibration(), progress);
                stdout.println(slac.table());
                write(dir.dir().resolve("slac.csv"), slac.csv());
            }
            StudyResult result = QuantizationStudy.run(new StudyConfig(source, settings, base,
                    noTraces ? null : dir.dir(), reference, progress));
            stdout.print(QualityReport.table(result));
            QualityReport.write(result, dir.dir());
            dir.commit();
            stdout.printf(Locale.ROOT, "%nwrote %s, %s, %s%s to %s%n", QualityReport.CSV_FILE, QualityReport.SUMMARY_CSV_FILE,
                    QualityReport.JSON_FILE, noTraces ? "" : " and " + settings.size() + " trace sets", out);
        }
        stdout.flush();
        return 0;
    }

    /** The quantizer options as one config; a bad value names its option. */
    private QuantConfig quantConfig(NumberFormat format) {
        QuantConfig grouped = CommandLines.option("--group-size", () -> QuantConfig.of(format).withGroupSize(groupSize));
        QuantConfig calibrated = grouped.withClip(clipMin >= 1 ? ClipGrid.NONE : new ClipGrid(clipMin, 0.05))
                .withCalibration(CommandLines.option("--act-calibration", () -> ActivationCalibration.parse(actCalibration)));
        return CommandLines.option("--refine-channels", () -> calibrated.withRefineChannels(refineChannels));
    }

    private List<Setting> settings(Formats registry) {
        List<NumberFormat> fmts = new ArrayList<>();
        if (!noBaseline) {
            fmts.add(registry.get(MacDesigns.BASELINE_WEIGHT_FORMAT));
        }
        for (String name : formats) {
            NumberFormat nf = registry.get(name.trim());
            if (fmts.stream().noneMatch(x -> x.name().equals(nf.name()))) {
                fmts.add(nf);
            }
        }
        List<QuantMethod> ms = new ArrayList<>();
        for (String m : methods == null || methods.isEmpty() ? List.of("rtn") : methods) {
            QuantMethod qm = QuantMethod.parse(m);
            if (!ms.contains(qm)) {
                ms.add(qm);
            }
        }
        List<Setting> out = new ArrayList<>();
        for (QuantMethod m : ms) {
            for (NumberFormat nf : fmts) {
                out.add(new Setting(nf, m));
            }
        }
        return out;
    }

    private LayerSource source() {
        int given = (synthetic != null ? 1 : 0) + (weights != null || activations != null ? 1 : 0) + (model != null ? 1 : 0)
                + (onnx != null ? 1 : 0) + (llm != null ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("give one layer source: --model, --onnx, --llm, --weights/--activations, or --synthetic (got "
                    + given + ")");
        }
        if ((llmActivations != null || layerFilter != null) && llm == null) {
            throw new IllegalArgumentException("--llm-activations and --layer-filter belong to --llm DIR");
        }
        if (llm != null) {
            return new CheckpointSource(HfCheckpoint.open(llm), llmActivations, tokens, seed, filter());
        }
        if ((tokenizer != null || inputs != null) && onnx == null) {
            throw new IllegalArgumentException("--tokenizer and --input belong to --onnx FILE");
        }
        if (onnx != null) {
            return OnnxModelSource.fromFiles(onnx, tokenizer, inputs, corpus());
        }
        if (synthetic != null) {
            SyntheticLayer l = CommandLines.option("--synthetic", () -> SyntheticLayer.parse(synthetic, seed, heavyTailed));
            return new SyntheticSource(l);
        }
        if (weights != null || activations != null) {
            return new TensorFileSource(weights, weightsTensor, activations, activationsTensor, calibration);
        }
        EmbeddedModel m = model == null ? EmbeddedModel.MINILM : EmbeddedModel.parse(model);
        if (m != EmbeddedModel.MINILM) {
            if (seqLen != 0) {
                throw new IllegalArgumentException("--seq-len needs the MiniLM model (its Java forward pass cuts fixed-length sequences)");
            }
            return OnnxModelSource.embedded(m, corpus());
        }
        return new MiniLmSource(MiniLm.builtIn(), corpus(), seqLen);
    }

    private Pattern filter() {
        if (layerFilter == null) {
            return null;
        }
        try {
            return Pattern.compile(layerFilter);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--layer-filter '" + layerFilter + "': not a regular expression: " + e.getDescription(), e);
        }
    }

    private TextCorpus corpus() {
        return text == null ? TextCorpus.builtIn() : TextCorpus.fromFile(text);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}

package dintsim.traces.quantize;

import dintsim.models.quant.FloatMatrix;
import dintsim.traces.capture.LinearWeights;
import dintsim.traces.capture.TextCorpus;
import dintsim.traces.onnx.EmbeddedModel;
import dintsim.traces.onnx.ModelFeed;
import dintsim.traces.onnx.NpyFeeds;
import dintsim.traces.onnx.OnnxActivationCapture;
import dintsim.traces.onnx.OnnxLayer;
import dintsim.traces.onnx.OnnxModel;
import dintsim.traces.onnx.TextFeeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every MatMul/Gemm/Conv layer of any ONNX model, with activations captured by ONNX Runtime:
 * on text through the model's tokenizer (even passages calibrate, odd ones evaluate, as for
 * MiniLM), or on the user's input tensors (which then also calibrate). No end-to-end quality:
 * the quantized layers cannot be substituted inside ONNX Runtime, so reports show SQNR per layer.
 */
public final class OnnxModelSource implements LayerSource {
    private final OnnxModel model;
    private final String inputsDescription;
    private final Function<OnnxActivationCapture, List<ModelFeed>> calibrationFeeds;
    private final Function<OnnxActivationCapture, List<ModelFeed>> evaluationFeeds;
    private List<LayerInput> layers;
    private String description;

    private OnnxModelSource(OnnxModel model, String inputsDescription, Function<OnnxActivationCapture, List<ModelFeed>> calibration,
                            Function<OnnxActivationCapture, List<ModelFeed>> evaluation) {
        this.model = model;
        this.inputsDescription = inputsDescription;
        this.calibrationFeeds = calibration;
        this.evaluationFeeds = evaluation;
    }

    /** Text through {@code tokenizer}, split into calibration and evaluation halves. */
    public static OnnxModelSource text(OnnxModel model, TextFeeds tokenizer, TextCorpus corpus) {
        CorpusSplit split = CorpusSplit.of(corpus);
        return new OnnxModelSource(model, "tokenizer " + tokenizer.source() + "; calibration: " + split.calibration().source()
                + "; evaluation: " + split.evaluationSource(),
                c -> tokenizer.feeds(split.calibration().passages(), c.inputNames()),
                c -> tokenizer.feeds(split.evaluation().passages(), c.inputNames()));
    }

    /** A built-in model through the generic path, on {@code corpus}. */
    public static OnnxModelSource embedded(EmbeddedModel m, TextCorpus corpus) {
        return text(m.load(), m.tokenizer(), corpus);
    }

    /**
     * A user's model on text (through {@code tokenizer}, default tokenizer.json beside the model)
     * or, when {@code inputs} are given, on those {@code NAME=FILE.npy} tensors.
     */
    public static OnnxModelSource fromFiles(Path onnx, Path tokenizer, List<String> inputs, TextCorpus corpus) {
        OnnxModel model = OnnxModel.fromFile(onnx);
        if (inputs != null && !inputs.isEmpty()) {
            if (tokenizer != null) {
                throw new IllegalArgumentException("give --tokenizer (text) or --input (tensors), not both");
            }
            return tensors(model, NpyFeeds.parse(inputs));
        }
        Path t = tokenizer;
        if (t == null) {
            t = onnx.toAbsolutePath().resolveSibling("tokenizer.json");
            if (!Files.isRegularFile(t)) {
                throw new IllegalArgumentException(onnx + ": no tokenizer.json beside the model; give --tokenizer FILE "
                        + "for text, or the model's inputs as --input NAME=FILE.npy");
            }
        }
        return text(model, TextFeeds.fromFile(t, EmbeddedModel.MAX_SEQUENCE_LENGTH), corpus);
    }

    /** The user's input tensors, for calibration and evaluation alike. */
    public static OnnxModelSource tensors(OnnxModel model, ModelFeed feed) {
        return new OnnxModelSource(model, "inputs " + feed.label() + " (also the calibration set)", c -> List.of(feed),
                c -> List.of(feed));
    }

    @Override
    public String model() {
        return model.name();
    }

    @Override
    public String description() {
        layers();
        return description;
    }

    @Override
    public synchronized List<LayerInput> layers() {
        if (layers == null) {
            try (OnnxActivationCapture capture = new OnnxActivationCapture(model)) {
                List<FloatMatrix> cal = capture.capture(calibrationFeeds.apply(capture), "calibration");
                List<FloatMatrix> ev = capture.capture(evaluationFeeds.apply(capture), "evaluation");
                List<LayerInput> out = new ArrayList<>();
                long convs = capture.layers().stream().filter(l -> l.opType().equals("Conv")).count();
                for (int i = 0; i < capture.layers().size(); i++) {
                    OnnxLayer l = capture.layers().get(i);
                    LinearWeights w = l.weights();
                    out.add(new LayerInput(w.name(), FloatMatrix.of(w.name() + ".weight", w.n(), w.k(), w.weight()), w.bias(),
                            cal.get(i), ev.get(i)));
                }
                layers = List.copyOf(out);
                description = String.format(Locale.ROOT, "%s through ONNX Runtime (generic path: %d MatMul/Gemm/Conv layers%s); %s;"
                                + " %d calibration and %d evaluation activation rows per first layer", model.source(), out.size(),
                        convs > 0 ? ", convolutions lowered by im2col" : "", inputsDescription, cal.get(0).rows(), ev.get(0).rows());
            }
        }
        return layers;
    }
}

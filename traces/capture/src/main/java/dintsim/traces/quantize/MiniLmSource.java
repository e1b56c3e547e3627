package dintsim.traces.quantize;

import dintsim.models.quant.FloatMatrix;
import dintsim.traces.capture.LayerCapture;
import dintsim.traces.capture.LinearLayer;
import dintsim.traces.capture.LinearWeights;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.MiniLmModel;
import dintsim.traces.capture.ModelCapture;
import dintsim.traces.capture.TextCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 36 linear layers of all-MiniLM-L6-v2 with real activations captured from the FP32 Java
 * forward pass. The corpus is split into two halves by passage (even-numbered passages calibrate,
 * odd-numbered ones evaluate), so metrics, traces and embeddings are measured on text the
 * calibration did not see. With a sequence length L (SLAC) the calibration half is cut into
 * sequences of exactly L tokens; otherwise one sequence per passage. A one-passage corpus is used
 * for both.
 */
public final class MiniLmSource implements LayerSource {
    private final MiniLm model;
    private final TextCorpus calibrationText;
    private final TextCorpus evaluationText;
    private final int sequenceLength;
    private final CorpusSplit text;
    private ModelCapture calibration;
    private ModelCapture evaluation;

    /**
     * @param sequenceLength calibration sequence length L for SLAC, or 0 for one sequence per passage
     */
    public MiniLmSource(MiniLm model, TextCorpus corpus, int sequenceLength) {
        if (sequenceLength < 0) {
            throw new IllegalArgumentException("--seq-len: " + sequenceLength + " must be positive");
        }
        this.model = model;
        this.sequenceLength = sequenceLength;
        this.text = CorpusSplit.of(corpus);
        this.calibrationText = text.calibration();
        this.evaluationText = text.evaluation();
    }

    @Override
    public String model() {
        return "all-MiniLM-L6-v2";
    }

    @Override
    public String description() {
        captures();
        return String.format(Locale.ROOT, "%s; calibration: %s, %d sequences%s, %d tokens; evaluation: %s, %d sequences, %d tokens",
                model.model().source(), calibrationText.source(), calibration.sequences().size(),
                sequenceLength > 0 ? " of " + sequenceLength + " tokens (SLAC)" : " (one per passage)",
                calibration.totalTokens(), text.evaluationSource(), evaluation.sequences().size(),
                evaluation.totalTokens());
    }

    private synchronized void captures() {
        if (calibration == null) {
            calibration = sequenceLength > 0 ? model.captureFixedLength(calibrationText, sequenceLength, 0)
                    : model.capture(calibrationText, MiniLmModel.MAX_SEQUENCE_LENGTH);
            evaluation = model.capture(evaluationText, MiniLmModel.MAX_SEQUENCE_LENGTH);
        }
    }

    @Override
    public List<LayerInput> layers() {
        captures();
        List<LayerInput> out = new ArrayList<>();
        for (LinearWeights w : model.linearLayers()) {
            LayerCapture cal = calibration.layer(w.name());
            LayerCapture ev = evaluation.layer(w.name());
            out.add(new LayerInput(w.name(), FloatMatrix.of(w.name() + ".weight", w.n(), w.k(), w.weight()), w.bias(),
                    FloatMatrix.of(w.name() + ".input(calibration)", cal.m(), cal.k(), cal.activations()),
                    FloatMatrix.of(w.name() + ".input(evaluation)", ev.m(), ev.k(), ev.activations())));
        }
        return out;
    }

    /** Cosine similarity of each evaluation sentence's embedding to its FP32 embedding. */
    @Override
    public EmbeddingQuality embeddingQuality(Map<String, LinearLayer> quantized) {
        captures();
        LinearLayer linear = (name, x, t) -> {
            LinearLayer q = quantized.get(name);
            if (q == null) {
                throw new IllegalStateException("no quantized implementation of layer " + name);
            }
            return q.apply(name, x, t);
        };
        List<float[]> q = model.embeddings(evaluation.sequences(), linear);
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < q.size(); i++) {
            double c = cosine(evaluation.embeddings().get(i), q.get(i));
            sum += c;
            min = Math.min(min, c);
        }
        return new EmbeddingQuality(q.size(), sum / q.size(), min);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}

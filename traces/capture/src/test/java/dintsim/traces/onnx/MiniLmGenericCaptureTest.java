package dintsim.traces.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.quant.FloatMatrix;
import dintsim.traces.capture.LayerCapture;
import dintsim.traces.capture.LinearWeights;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.MiniLmModel;
import dintsim.traces.capture.ModelCapture;
import dintsim.traces.capture.TextCorpus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The generic ONNX path on all-MiniLM-L6-v2 against the verified Java forward pass: the same 36
 * layers with identical weights, DJL's tokenization of the model's tokenizer.json equal to the
 * Java WordPiece tokenizer, and the activations ONNX Runtime exposes equal to the Java capture to
 * float rounding (summation order differs).
 */
class MiniLmGenericCaptureTest {
    /** Measured 1.97e-6 (normwise, worst layer layer3.attention.output) on the built-in corpus; the bound leaves room for other CPUs. */
    static final double MAX_RELATIVE_DIFFERENCE = 1e-4;

    @Test
    void genericCaptureEqualsTheJavaCapture() {
        MiniLm java = MiniLm.builtIn();
        OnnxModel model = OnnxModel.fromResource("all-MiniLM-L6-v2", MiniLmModel.ONNX_RESOURCE, "MiniLM jar missing");
        TextCorpus corpus = TextCorpus.builtIn();
        ModelCapture reference = java.capture(corpus, MiniLmModel.MAX_SEQUENCE_LENGTH);
        try (OnnxActivationCapture capture = new OnnxActivationCapture(model);
             TextFeeds text = TextFeeds.fromResource("/all-minilm-l6-v2-tokenizer.json", MiniLmModel.MAX_SEQUENCE_LENGTH)) {
            // The export also holds the BERT pooler (a Gemm after the encoder), which sentence embeddings do not use.
            List<OnnxLayer> extra = capture.layers().stream().filter(l -> !l.weights().onnxName().startsWith("/encoder/")).toList();
            assertEquals(List.of("pooler.dense"), extra.stream().map(OnnxLayer::name).toList());
            List<OnnxLayer> layers = capture.layers().stream().filter(l -> !extra.contains(l)).toList();
            assertEquals(java.linearLayers().size(), layers.size(), "one generic layer per Java linear layer");
            for (int i = 0; i < corpus.passages().size(); i++) {
                long[] ids = text.ids(corpus.passages().get(i));
                int[] expected = reference.sequences().get(i);
                assertEquals(expected.length, ids.length, "passage " + (i + 1));
                for (int t = 0; t < ids.length; t++) {
                    assertEquals(expected[t], ids[t], "passage " + (i + 1) + " token " + t);
                }
            }
            List<FloatMatrix> all = capture.capture(text.feeds(corpus.passages(), capture.inputNames()), "evaluation");
            List<FloatMatrix> acts = all.subList(0, layers.size());
            double worst = 0;
            String worstLayer = "";
            for (int l = 0; l < layers.size(); l++) {
                LinearWeights g = layers.get(l).weights();
                LinearWeights j = java.linearLayers().get(l);
                assertEquals(j.onnxName(), g.onnxName(), "layer order");
                assertArrayEquals(j.weight(), g.weight(), "weights of " + j.name());
                assertArrayEquals(j.bias(), g.bias(), "bias of " + j.name());
                LayerCapture ref = reference.layer(j.name());
                FloatMatrix got = acts.get(l);
                assertEquals(ref.m(), got.rows(), "rows of " + j.name());
                assertEquals(ref.k(), got.cols(), "K of " + j.name());
                double d = normwiseDifference(ref.activations(), got.data());
                if (d > worst) {
                    worst = d;
                    worstLayer = j.name();
                }
            }
            System.out.printf(Locale.ROOT, "generic ONNX vs Java capture: max relative difference %.3g (%s), %d tokens%n",
                    worst, worstLayer, reference.totalTokens());
            assertTrue(worst < MAX_RELATIVE_DIFFERENCE, "max relative difference " + worst + " in " + worstLayer);
        }
    }

    /** max |a - b| / max |a|. */
    static double normwiseDifference(float[] ref, float[] got) {
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < ref.length; i++) {
            diff = Math.max(diff, Math.abs((double) ref[i] - got[i]));
            scale = Math.max(scale, Math.abs(ref[i]));
        }
        return diff / scale;
    }
}

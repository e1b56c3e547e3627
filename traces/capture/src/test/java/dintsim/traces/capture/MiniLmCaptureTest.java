package dintsim.traces.capture;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MiniLmCaptureTest {

    private final MiniLm miniLm = MiniLm.builtIn();

    @Test
    void capturesEveryLinearLayerOverAllRealTokens() {
        TextCorpus corpus = TextCorpus.builtIn();
        ModelCapture capture = miniLm.capture(corpus, 64);
        int m = TokenSequences.perPassage(corpus, miniLm.tokenizer(), 64).stream().mapToInt(s -> s.length).sum();
        assertEquals(m, capture.totalTokens());
        assertEquals(32, capture.sequences().size());
        assertEquals(32, capture.embeddings().size());
        assertEquals(miniLm.linearLayers().stream().map(LinearWeights::name).toList(),
                capture.layers().stream().map(LayerCapture::name).toList());
        for (LayerCapture c : capture.layers()) {
            LinearWeights w = miniLm.model().linear(c.name());
            assertEquals(m, c.m(), c.name());
            assertEquals(w.k(), c.k(), c.name());
            assertEquals(w.n(), c.n(), c.name());
        }
    }

    @Test
    void capturedTensorsAreTheRealDataflowOfTheModel() {
        List<String> texts = List.of("Short one.", "A somewhat longer second sentence for the capture test.");
        ModelCapture capture = miniLm.capture(texts, 512);
        LayerCapture q = capture.layer("layer1.attention.query");
        // Q, K and V read the same input.
        assertArrayEquals(q.activations(), capture.layer("layer1.attention.key").activations());
        assertArrayEquals(q.activations(), capture.layer("layer1.attention.value").activations());
        // The FFN down projection reads GELU of the FFN up projection's output.
        float[] up = capture.layer("layer4.ffn.up").outputs();
        float[] downIn = capture.layer("layer4.ffn.down").activations();
        for (int i = 0; i < up.length; i++) {
            assertEquals(MiniLmEncoder.gelu(up[i]), downIn[i], 0f);
        }
        // Outputs are W x + b of the captured input (checked in double for a few rows).
        LinearWeights w = miniLm.model().linear("layer2.ffn.up");
        LayerCapture c = capture.layer("layer2.ffn.up");
        for (int row : new int[]{0, 3, c.m() - 1}) {
            for (int n = 0; n < w.n(); n += 97) {
                double y = w.bias()[n];
                for (int k = 0; k < w.k(); k++) {
                    y += (double) c.activations()[row * w.k() + k] * w.weight()[n * w.k() + k];
                }
                assertEquals(y, c.outputs()[row * w.n() + n], 1e-4);
            }
        }
        // Embeddings are those of the plain forward pass.
        for (int s = 0; s < texts.size(); s++) {
            assertArrayEquals(miniLm.embed(texts.get(s)), capture.embeddings().get(s));
        }
    }

    @Test
    void fixedLengthCaptureForSlac() {
        ModelCapture capture = miniLm.captureFixedLength(TextCorpus.builtIn(), 32, 3);
        assertEquals(3, capture.sequences().size());
        assertEquals(96, capture.totalTokens());
        assertEquals(96, capture.layer("layer5.ffn.down").m());
    }

    @Test
    void captureIsDeterministic() {
        List<String> texts = List.of("Deterministic outputs, byte for byte.", "Same inputs, same numbers.");
        ModelCapture a = miniLm.capture(texts, 32);
        ModelCapture b = miniLm.capture(texts, 32);
        for (int i = 0; i < a.layers().size(); i++) {
            assertArrayEquals(a.layers().get(i).activations(), b.layers().get(i).activations());
            assertArrayEquals(a.layers().get(i).outputs(), b.layers().get(i).outputs());
        }
    }

    @Test
    void captureWithSubstitutedLayersRecordsTheirOutputs() {
        LinearLayer fp32 = miniLm.model().fp32Linear();
        LinearLayer halved = (name, x, t) -> {
            float[] y = fp32.apply(name, x, t);
            if (name.equals("layer0.ffn.down")) {
                for (int i = 0; i < y.length; i++) {
                    y[i] *= 0.5f;
                }
            }
            return y;
        };
        List<int[]> seqs = List.of(miniLm.tokenizer().encode("Substitution test.", 16));
        ModelCapture ref = miniLm.capture(seqs);
        ModelCapture sub = miniLm.capture(seqs, halved);
        float[] r = ref.layer("layer0.ffn.down").outputs();
        float[] s = sub.layer("layer0.ffn.down").outputs();
        for (int i = 0; i < r.length; i++) {
            assertEquals(r[i] * 0.5f, s[i], 0f);
        }
        assertTrue(MiniLmEncoder.cosine(ref.embeddings().get(0), sub.embeddings().get(0)) < 0.9999);
        assertThrows(IllegalArgumentException.class, () -> miniLm.capture(List.<int[]>of()));
    }
}

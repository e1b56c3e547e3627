package dintsim.traces.capture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java FP32 forward pass against ONNX Runtime on the same model and inputs. */
class MiniLmReferenceTest {

    private static OnnxRuntimeReference ort;
    private final MiniLm miniLm = MiniLm.builtIn();

    @BeforeAll
    static void startOnnxRuntime() {
        ort = OnnxRuntimeReference.builtIn();
    }

    @AfterAll
    static void stopOnnxRuntime() {
        ort.close();
    }

    @Test
    void javaForwardPassMatchesOnnxRuntime() {
        List<String> texts = List.of("Hello, world!",
                "The quick brown fox jumps over the lazy dog near the riverbank in Zürich.",
                "Quantizing weights to four bits halves the memory traffic compared with eight-bit storage.",
                "a");
        List<int[]> sequences = new java.util.ArrayList<>(texts.stream().map(t -> miniLm.tokenizer().encode(t, 512)).toList());
        sequences.add(TokenSequences.fixedLength(TextCorpus.builtIn(), miniLm.tokenizer(), 128, 1).get(0));
        List<ReferenceCheck.Agreement> agreements = ReferenceCheck.run(miniLm, ort, sequences);
        for (ReferenceCheck.Agreement a : agreements) {
            assertTrue(a.hiddenStateCosine() >= 0.9999, a.toString());
            assertTrue(a.embeddingCosine() >= 0.9999, a.toString());
            assertTrue(a.maxAbsHiddenDiff() < 1e-3, a.toString());
        }
        assertEquals(128, agreements.get(4).tokens());
    }

    @Test
    void paddedTokensAreMaskedOutAsInOnnxRuntime() {
        int[] real = miniLm.tokenizer().encode("Padding must not change what the real tokens see.", 64);
        int[] ids = java.util.Arrays.copyOf(real, real.length + 5); // [PAD] = 0
        int[] mask = new int[ids.length];
        java.util.Arrays.fill(mask, 0, real.length, 1);
        float[] padded = miniLm.encoder().lastHiddenState(ids, mask, miniLm.model().fp32Linear());
        float[] unpadded = miniLm.encoder().lastHiddenState(real, miniLm.model().fp32Linear());
        float[] ref = ort.lastHiddenState(ids, mask);
        assertTrue(MiniLmEncoder.cosine(padded, ref) >= 0.9999);
        int width = miniLm.model().hiddenSize();
        float[] realRows = java.util.Arrays.copyOf(padded, real.length * width);
        assertTrue(MiniLmEncoder.cosine(realRows, unpadded) >= 0.99999);
    }

    @Test
    void substitutedLinearLayersChangeTheEmbedding() {
        String text = "The orchestra tuned their instruments.";
        float[] fp32 = miniLm.embed(text);
        LinearLayer fp32Linear = miniLm.model().fp32Linear();
        // Same arithmetic routed through the interface: identical result.
        assertEquals(1.0, MiniLmEncoder.cosine(fp32, miniLm.embed(text, fp32Linear::apply)), 1e-12);
        // Crude 8-bit rounding of every layer's output: close but not identical.
        LinearLayer rounded = (name, x, t) -> {
            float[] y = fp32Linear.apply(name, x, t);
            for (int i = 0; i < y.length; i++) {
                y[i] = Math.round(y[i] * 16f) / 16f;
            }
            return y;
        };
        double cos = MiniLmEncoder.cosine(fp32, miniLm.embed(text, rounded));
        assertTrue(cos < 0.999999 && cos > 0.9, "cosine " + cos);
        // Zeroing one FFN makes a visible difference.
        LinearLayer broken = (name, x, t) -> name.equals("layer3.ffn.down") ? new float[t * 384] : fp32Linear.apply(name, x, t);
        assertTrue(MiniLmEncoder.cosine(fp32, miniLm.embed(text, broken)) < 0.99);
        // A wrongly shaped result is caught and names the layer.
        LinearLayer wrong = (name, x, t) -> new float[3];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> miniLm.embed(text, wrong));
        assertTrue(e.getMessage().contains("layer0.attention.query"), e.getMessage());
    }

    @Test
    void badTokenIdsAndLengthsAreRejected() {
        MiniLmEncoder encoder = miniLm.encoder();
        assertThrows(IllegalArgumentException.class, () -> encoder.embedding(new int[0]));
        assertThrows(IllegalArgumentException.class, () -> encoder.embedding(new int[513]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> encoder.embedding(new int[]{101, 40000, 102}));
        assertTrue(e.getMessage().contains("40000") && e.getMessage().contains("position 1"), e.getMessage());
    }
}

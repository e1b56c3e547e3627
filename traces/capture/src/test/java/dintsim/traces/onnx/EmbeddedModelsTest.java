package dintsim.traces.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.traces.capture.TextCorpus;
import dintsim.traces.quantize.LayerInput;
import dintsim.traces.quantize.OnnxModelSource;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** bge-small-en-v1.5 and e5-small-v2 from their jars through the generic path: 12 BERT layers of 6 projections each. */
class EmbeddedModelsTest {

    @ParameterizedTest
    @EnumSource(value = EmbeddedModel.class, names = {"BGE_SMALL", "E5_SMALL"})
    void everyProjectionHasRealActivations(EmbeddedModel m) {
        TextCorpus corpus = new TextCorpus("test", List.of("The systolic array multiplies weights by activations.",
                "Quantized transformers run on small integer units."));
        try (TextFeeds tokenizer = m.tokenizer()) {
            long[] ids = tokenizer.ids(corpus.passages().get(0));
            assertEquals(101, ids[0], "[CLS] first");
            assertEquals(102, ids[ids.length - 1], "[SEP] last");
            long odd = tokenizer.ids(corpus.passages().get(1)).length;
            List<LayerInput> layers = OnnxModelSource.text(m.load(), tokenizer, corpus).layers();
            List<LayerInput> encoder = layers.stream().filter(l -> l.name().startsWith("encoder.")).toList();
            assertEquals(12 * 6, encoder.size(), m + ": " + layers.stream().map(LayerInput::name).toList());
            LayerInput query = encoder.get(0);
            assertEquals("encoder.layer.0.attention.self.query", query.name());
            assertEquals(384, query.weights().cols());
            assertEquals(ids.length, query.calibration().rows(), "one row per token of the even passage");
            assertEquals(odd, query.activations().rows(), "one row per token of the odd passage");
            LayerInput up = encoder.get(4);
            assertEquals(1536, up.weights().rows(), "FFN up projection");
            double sum = 0;
            for (float v : up.activations().data()) {
                sum += Math.abs(v);
            }
            assertTrue(sum > 0, "real activations");
        }
    }

    @Test
    void unknownModelNamesListTheBuiltInOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddedModel.parse("gpt-5"));
        assertTrue(e.getMessage().contains("minilm, bge-small, e5-small"), e.getMessage());
        assertEquals(EmbeddedModel.BGE_SMALL, EmbeddedModel.parse("BGE-small-en-v1.5"));
    }
}

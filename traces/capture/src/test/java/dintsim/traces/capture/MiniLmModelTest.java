package dintsim.traces.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.traces.tensor.FloatTensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmModelTest {

    private final MiniLmModel model = MiniLmModel.builtIn();

    @Test
    void hasThirtySixLinearLayersInExecutionOrderWithTheirShapes() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (String s : List.of("attention.query", "attention.key", "attention.value", "attention.output", "ffn.up",
                    "ffn.down")) {
                expected.add("layer" + i + "." + s);
            }
        }
        assertEquals(expected, model.linearLayers().stream().map(LinearWeights::name).toList());
        for (LinearWeights w : model.linearLayers()) {
            int n = w.name().endsWith("ffn.up") ? 1536 : 384;
            int k = w.name().endsWith("ffn.down") ? 1536 : 384;
            assertEquals(n, w.n(), w.name());
            assertEquals(k, w.k(), w.name());
        }
        assertEquals(384, model.hiddenSize());
        assertEquals(30522, model.vocabularySize());
        assertEquals(512, model.maxPositions());
        assertEquals(32, model.headSize());
        assertSame(model, MiniLmModel.builtIn(), "loaded once per JVM");
    }

    @Test
    void linearLayersComeFromTheRightGraphNodesAndBiases() {
        LinearWeights up = model.linear("layer2.ffn.up");
        assertEquals("/encoder/layer.2/intermediate/dense/MatMul", up.onnxName());
        assertEquals("/encoder/layer.5/output/dense/MatMul", model.linear("layer5.ffn.down").onnxName());
        assertEquals("/encoder/layer.0/attention/output/dense/MatMul", model.linear("layer0.attention.output").onnxName());
        // Distinct tensors: no two layers share a weight array.
        assertEquals(36, model.linearLayers().stream().map(w -> System.identityHashCode(w.weight())).distinct().count());
    }

    @Test
    void weightsAreTransposedToOutputChannelMajor() {
        // Parse the graph again (test only) and compare against the K x N MatMul initializer.
        OnnxGraph graph;
        try (var in = MiniLmModel.class.getResourceAsStream(MiniLmModel.ONNX_RESOURCE)) {
            graph = OnnxReader.read("model", in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        for (String name : List.of("layer0.attention.query", "layer3.ffn.up", "layer5.ffn.down")) {
            LinearWeights w = model.linear(name);
            OnnxNode matMul = graph.nodes().stream().filter(n -> n.name().equals(w.onnxName())).findFirst().orElseThrow();
            FloatTensor kxn = graph.initializer(matMul.inputs().get(1));
            assertEquals(w.k(), kxn.dim(0));
            assertEquals(w.n(), kxn.dim(1));
            for (int[] nk : new int[][]{{0, 0}, {1, 0}, {0, 1}, {w.n() - 1, w.k() - 1}, {w.n() / 3, w.k() / 5}}) {
                assertEquals(kxn.data()[nk[1] * w.n() + nk[0]], w.weight()[nk[0] * w.k() + nk[1]], name);
            }
        }
        assertEquals(1e-12f, model.layers().get(4).outputNorm().epsilon());
    }

    @Test
    void unknownLayerNameIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.linear("layer6.ffn.up"));
        assertTrue(e.getMessage().contains("layer6.ffn.up") && e.getMessage().contains("layer0..5"), e.getMessage());
    }

    @Test
    void notAnOnnxModelIsRejectedWithTheFileName() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dintsim-not-onnx", ".onnx");
        try {
            java.nio.file.Files.writeString(file, "this is not a protobuf at all");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MiniLmModel.fromFile(file));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}

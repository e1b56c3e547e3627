package dintsim.traces.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.conv.ConvShape;
import dintsim.models.conv.Im2col;
import dintsim.models.quant.FloatMatrix;
import dintsim.models.quant.MatMul;
import dintsim.traces.tensor.FloatTensor;
import dintsim.traces.tensor.NpyWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small model written by the test: Conv (padded) -> Flatten -> Gemm (transB, alpha), and a MatMul + bias on a second input. */
class GenericOnnxTest {
    @TempDir
    Path dir;

    private static float[] random(SplittableRandom rnd, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) rnd.nextDouble(-1, 1);
        }
        return a;
    }

    private final SplittableRandom rnd = new SplittableRandom(7);
    private final float[] convW = random(rnd, 4 * 2 * 3 * 3);
    private final float[] convB = random(rnd, 4);
    private final float[] gemmB = random(rnd, 3 * 100);
    private final float[] gemmC = random(rnd, 3);
    private final float[] matW = random(rnd, 6 * 2);
    private final float[] matB = random(rnd, 2);

    private OnnxModel model() {
        byte[] bytes = new TinyOnnx()
                .initializer("convW", new int[] {4, 2, 3, 3}, convW).initializer("convB", new int[] {4}, convB)
                .initializer("gemmB", new int[] {3, 100}, gemmB).initializer("gemmC", new int[] {3}, gemmC)
                .initializer("matW", new int[] {6, 2}, matW).initializer("matB", new int[] {2}, matB)
                .node("/features/conv/Conv", "Conv", List.of("x", "convW", "convB"), List.of("c"),
                        Map.of("pads", new long[] {1, 1, 1, 1}, "strides", new long[] {1, 1}, "group", 1L))
                .node("flatten", "Flatten", List.of("c"), List.of("f"), Map.of("axis", 1L))
                .node("/head/Gemm", "Gemm", List.of("f", "gemmB", "gemmC"), List.of("y"), Map.of("transB", 1L, "alpha", 0.5f))
                .node("", "MatMul", List.of("z", "matW"), List.of("p"), Map.of())
                .node("bias", "Add", List.of("p", "matB"), List.of("q"), Map.of())
                .input("x", "batch", 2, 5, 5).input("z", "batch", "tokens", 6)
                .output("y", "batch", 3).output("q", "batch", "tokens", 2)
                .bytes();
        return OnnxModel.of("tiny", "tiny.onnx", bytes);
    }

    @Test
    void layersAreFoundWithWeightsAsNxK() {
        List<OnnxLayer> layers = OnnxLayerFinder.find(model().graph());
        assertEquals(List.of("features.conv", "head", "matmul_3"), layers.stream().map(OnnxLayer::name).toList());
        OnnxLayer conv = layers.get(0);
        assertEquals(18, conv.weights().k());
        assertEquals(4, conv.weights().n());
        assertArrayEquals(convW, conv.weights().weight(), "OIHW reshaped to O x (C kh kw), no reordering");
        OnnxLayer gemm = layers.get(1);
        assertEquals(100, gemm.weights().k());
        assertEquals(0.5f * gemmB[101], gemm.weights().weight()[101], "alpha folded into the weights");
        assertArrayEquals(gemmC, gemm.weights().bias());
        OnnxLayer mat = layers.get(2);
        assertEquals(matW[1 * 2 + 0], mat.weights().weight()[0 * 6 + 1], "K x N transposed to N x K");
        assertArrayEquals(matB, mat.weights().bias());
    }

    @Test
    void npyInputsGiveEveryLayersActivationRows() {
        float[] x = random(rnd, 2 * 2 * 5 * 5);
        float[] z = random(rnd, 2 * 3 * 6);
        Path xf = dir.resolve("x.npy");
        Path zf = dir.resolve("z.npy");
        NpyWriter.write(xf, new FloatTensor("x", new int[] {2, 2, 5, 5}, x));
        NpyWriter.write(zf, new FloatTensor("z", new int[] {2, 3, 6}, z));
        try (OnnxActivationCapture capture = new OnnxActivationCapture(model())) {
            List<FloatMatrix> acts = capture.capture(List.of(NpyFeeds.parse(List.of("x=" + xf, "z=" + zf))), "evaluation");
            ConvShape s = new ConvShape(2, 2, 5, 5, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1);
            float[] cols = Im2col.activations(x, s, 0);
            assertEquals(50, acts.get(0).rows());
            assertArrayEquals(cols, acts.get(0).data(), "conv rows: im2col of the graph input");
            // The Gemm's input is ONNX Runtime's convolution, flattened: it must equal im2col GEMM + bias.
            float[] direct = Im2col.direct(x, convW, convB, s);
            assertEquals(2, acts.get(1).rows());
            float[] f = acts.get(1).data();
            for (int i = 0; i < f.length; i++) {
                assertEquals(direct[i], f[i], 1e-5, "conv output " + i);
            }
            float[] y = MatMul.timesTransposed(cols, 50, convW, 4, 18);
            assertEquals(direct[(1 * 4 + 2) * 25 + 7], y[(25 + 7) * 4 + 2] + convB[2], 1e-5, "GEMM row (n, oh, ow), column filter");
            assertEquals(6, acts.get(2).rows());
            assertArrayEquals(z, acts.get(2).data());
        }
    }

    @Test
    void badInputsNameTheInputAndTheFile() throws Exception {
        Path xf = dir.resolve("x.npy");
        NpyWriter.write(xf, new FloatTensor("x", new int[] {1, 2, 5, 5}, new float[50]));
        try (OnnxActivationCapture capture = new OnnxActivationCapture(model())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> capture.capture(List.of(NpyFeeds.parse(List.of("x=" + xf))), "evaluation"));
            assertTrue(e.getMessage().contains("tiny.onnx") && e.getMessage().contains("'z'"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class,
                    () -> capture.capture(List.of(NpyFeeds.parse(List.of("x=" + xf, "w=" + xf))), "evaluation"));
            assertTrue(e.getMessage().contains("no input 'w'"), e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NpyFeeds.parse(List.of("x.npy")));
        assertTrue(e.getMessage().contains("NAME=FILE.npy"), e.getMessage());
        Path junk = dir.resolve("junk.onnx");
        Files.write(junk, new byte[] {8, 1, 0x3a, 5, 1});
        e = assertThrows(IllegalArgumentException.class, () -> OnnxModel.fromFile(junk));
        assertTrue(e.getMessage().startsWith(junk.toString()), e.getMessage());
        byte[] noLayers = new TinyOnnx().node("relu", "Relu", List.of("x"), List.of("y"), Map.of())
                .input("x", 1, 4).output("y", 1, 4).bytes();
        e = assertThrows(IllegalArgumentException.class, () -> OnnxLayerFinder.find(OnnxModel.of("relu", "relu.onnx", noLayers).graph()));
        assertTrue(e.getMessage().contains("relu.onnx: no MatMul, Gemm or Conv"), e.getMessage());
    }
}

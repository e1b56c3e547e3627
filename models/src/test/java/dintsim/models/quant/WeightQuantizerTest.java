package dintsim.models.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.FormatSpec;
import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WeightQuantizerTest {
    private static FloatMatrix gaussian(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] d = new float[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (0.02 * r.nextGaussian());
        }
        return FloatMatrix.of("w", rows, cols, d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"int8", "int4", "dint4", "dint4(s=0.25)", "dint4(s=0.75)", "fp4", "dint4(s=0.5,zero=false)"})
    void rtnPicksTheNearestRepresentableValue(String name) {
        NumberFormat f = Formats.builtIn(name);
        FloatMatrix w = gaussian(8, 64, 1);
        QuantizedWeights q = new WeightQuantizer(f, 0, ClipGrid.NONE).quantize(w);
        float[] deq = q.dequantize();
        for (int r = 0; r < w.rows(); r++) {
            double scale = q.scales()[r];
            for (int c = 0; c < w.cols(); c++) {
                double x = w.get(r, c);
                double best = Double.POSITIVE_INFINITY;
                for (double v : f.values()) {
                    if (Math.abs(v) <= f.symmetricLimit()) {
                        best = Math.min(best, Math.abs(x - v * scale));
                    }
                }
                assertEquals(best, Math.abs(x - deq[r * w.cols() + c]), 1e-7, name + " [" + r + "][" + c + "]");
            }
            // Without clipping the largest weight maps to the symmetric limit.
            float max = 0;
            for (int c = 0; c < w.cols(); c++) {
                max = Math.max(max, Math.abs(w.get(r, c)));
            }
            assertEquals((float) (max / f.symmetricLimit()), q.scales()[r], name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"int8", "int4", "dint4", "dint4(s=0.25)", "fp4"})
    void clipSearchNeverWorsensChannelError(String name) {
        NumberFormat f = Formats.builtIn(name);
        SyntheticLayer layer = new SyntheticLayer(4, 96, 24, 7, true, 0);
        FloatMatrix w = layer.weights();
        float[] plain = new WeightQuantizer(f, 0, ClipGrid.NONE).quantize(w).dequantize();
        QuantizedWeights clipped = new WeightQuantizer(f, 0, ClipGrid.DEFAULT).quantize(w);
        float[] best = clipped.dequantize();
        boolean someClipped = false;
        for (int r = 0; r < w.rows(); r++) {
            double ePlain = 0;
            double eBest = 0;
            for (int c = 0; c < w.cols(); c++) {
                int i = r * w.cols() + c;
                ePlain += Math.pow(w.data()[i] - plain[i], 2);
                eBest += Math.pow(w.data()[i] - best[i], 2);
            }
            assertTrue(eBest <= ePlain, name + " row " + r + ": " + eBest + " > " + ePlain);
            someClipped |= clipped.clipRatios()[r] < 1.0;
        }
        if (f.bits() == 4) {
            assertTrue(someClipped, "heavy-tailed 4-bit weights should make the search clip some channel");
        }
    }

    @Test
    void groupsHaveTheirOwnScales() {
        FloatMatrix w = gaussian(3, 40, 2);
        QuantizedWeights q = new WeightQuantizer(Formats.builtIn("int4"), 16, ClipGrid.DEFAULT).quantize(w);
        assertEquals(3, q.groups());
        assertEquals(9, q.scales().length);
        assertTrue(!q.perChannel());
    }

    @Test
    void userFormatsWork() {
        List<FormatSpec.Code> codes = List.of(new FormatSpec.Code("000", 0, false), new FormatSpec.Code("001", 1, false),
                new FormatSpec.Code("010", 2, false), new FormatSpec.Code("011", 4, false),
                new FormatSpec.Code("101", -1, false), new FormatSpec.Code("110", -2, false),
                new FormatSpec.Code("111", -4, false));
        NumberFormat f = NumberFormat.fromSpec(new FormatSpec("log3", 3, "powers of two", codes), "test");
        FloatMatrix w = FloatMatrix.of("w", 1, 4, new float[] {0.4f, -0.1f, 0.22f, 0.05f});
        QuantizedWeights q = new WeightQuantizer(f, 0, ClipGrid.NONE).quantize(w);
        assertEquals(0.1f, q.scales()[0], 1e-7);
        float[] d = q.dequantize();
        assertEquals(0.4f, d[0], 1e-6);
        assertEquals(-0.1f, d[1], 1e-6);
        assertEquals(0.2f, d[2], 1e-6);
        assertEquals(0.1f, d[3], 1e-6); // 0.5 of a step is a tie: away from zero
    }

    @Test
    void allZeroChannelGetsScaleOne() {
        FloatMatrix w = FloatMatrix.of("w", 2, 3, new float[] {0, 0, 0, 1, -1, 0.5f});
        QuantizedWeights q = new WeightQuantizer(Formats.builtIn("dint4"), 0, ClipGrid.DEFAULT).quantize(w);
        assertEquals(1f, q.scales()[0]);
        float[] d = q.dequantize();
        assertEquals(0f, d[0]);
        assertEquals(0f, d[2]);
    }
}

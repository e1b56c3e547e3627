package dintsim.models.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.quant.MatMul;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Im2colTest {

    /** Integer-valued operands: every FP32 sum is exact, so GEMM and direct convolution must agree bit for bit. */
    private static float[] ints(SplittableRandom rnd, long n) {
        float[] a = new float[(int) n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextInt(-8, 9);
        }
        return a;
    }

    private static void checkAgainstDirect(ConvShape s, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] x = ints(rnd, s.inputSize());
        float[] w = ints(rnd, (long) s.filters() * s.gemmK());
        float[] bias = ints(rnd, s.filters());
        float[] direct = Im2col.direct(x, w, bias, s);
        int oh = s.outHeight();
        int ow = s.outWidth();
        for (int g = 0; g < s.groups(); g++) {
            float[] a = Im2col.activations(x, s, g);
            float[] b = Im2col.weights(w, s, g);
            float[] y = MatMul.timesTransposed(a, s.gemmM(), b, s.gemmN(), s.gemmK());
            for (int m = 0; m < s.gemmM(); m++) {
                int n = m / (oh * ow);
                int pix = m % (oh * ow);
                for (int o = 0; o < s.gemmN(); o++) {
                    int f = g * s.gemmN() + o;
                    float expected = direct[(n * s.filters() + f) * oh * ow + pix];
                    assertEquals(expected, y[m * s.gemmN() + o] + bias[f], s + " group " + g + " row " + m + " col " + o);
                }
            }
        }
    }

    @Test
    void gemmEqualsDirectConvolutionForStridesPaddingDilationAndGroups() {
        checkAgainstDirect(ConvShape.valid(1, 3, 7, 6, 4, 3, 3, 1), 1);
        checkAgainstDirect(ConvShape.valid(2, 5, 9, 9, 6, 3, 2, 2), 2);
        checkAgainstDirect(new ConvShape(2, 4, 8, 7, 6, 3, 3, 2, 1, 1, 2, 0, 1, 2, 1, 2), 3);
        checkAgainstDirect(new ConvShape(1, 6, 5, 5, 6, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 6), 4); // depthwise
        checkAgainstDirect(new ConvShape(1, 64, 6, 6, 32, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1), 5); // pointwise: M x 64 x 32
    }

    @Test
    void mappingMatchesTheDocumentedSizes() {
        ConvShape s = new ConvShape(2, 4, 8, 7, 6, 3, 3, 2, 1, 1, 2, 0, 1, 2, 1, 2);
        assertEquals((8 + 1 + 0 - 2 * 2 - 1) / 2 + 1, s.outHeight());
        assertEquals((7 + 2 + 1 - 2 - 1) + 1, s.outWidth());
        assertEquals(2 * s.outHeight() * s.outWidth(), s.gemmM());
        assertEquals(2 * 3 * 3, s.gemmK());
        assertEquals(3, s.gemmN());
    }

    @Test
    void impossibleShapesAreRejectedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConvShape.valid(1, 3, 2, 2, 4, 3, 3, 1));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ConvShape(1, 3, 5, 5, 4, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 2));
        assertTrue(e.getMessage().contains("divisible by groups"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Im2col.activations(new float[5], ConvShape.valid(1, 1, 3, 3, 1, 1, 1, 1), 0));
        assertTrue(e.getMessage().contains("expected N x C x H x W"), e.getMessage());
    }
}

package dintsim.models.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both GEMM paths (the vector kernel, called directly, and the plain loop) against a naive triple
 * loop: shapes, extreme values, both 16-bit chunk regimes and the wide int8 path.
 */
class IntGemmTest {
    private static final long SEED = 0x5EED_1A7EL;

    /** The reference: a plain triple loop in long, checked to fit in an int. */
    private static int[] naive(byte[] a, byte[] w, int m, int k, int n) {
        int[] out = new int[m * n];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                long sum = 0;
                for (int i = 0; i < k; i++) {
                    sum += a[r * k + i] * w[c * k + i];
                }
                out[r * n + c] = Math.toIntExact(sum);
            }
        }
        return out;
    }

    private static int[] fast(byte[] a, byte[] w, int m, int k, int n) {
        int[] out = new int[m * n];
        Arrays.fill(out, 0xDEADBEEF); // every element must be written
        VectorIntGemm.multiply(a, w, m, k, n, out);
        return out;
    }

    private static int[] plain(byte[] a, byte[] w, int m, int k, int n) {
        int[] out = new int[m * n];
        Arrays.fill(out, 0xDEADBEEF);
        IntGemm.multiplyPlain(a, w, m, k, n, out);
        return out;
    }

    private static byte[] random(SplittableRandom rnd, int count, int min, int max) {
        byte[] b = new byte[count];
        for (int i = 0; i < count; i++) {
            b[i] = (byte) rnd.nextInt(min, max + 1);
        }
        return b;
    }

    private static byte[] filled(int count, int value) {
        byte[] b = new byte[count];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static void assertMatchesNaive(byte[] a, byte[] w, int m, int k, int n, String what) {
        int[] expected = naive(a, w, m, k, n);
        assertArrayEquals(expected, fast(a, w, m, k, n), "vector, " + what + " " + m + "x" + k + "x" + n);
        assertArrayEquals(expected, plain(a, w, m, k, n), "plain, " + what + " " + m + "x" + k + "x" + n);
    }

    @ParameterizedTest(name = "{0}x{1}x{2}")
    @CsvSource({"1,1,1", "1,2,1", "2,3,2", "3,17,5", "4,64,32", "5,31,33", "7,129,65", "33,257,65",
            "64,64,64", "65,100,31", "130,47,97", "9,1000,3", "1,4099,70"})
    void randomShapesMatchNaiveForEveryWeightRange(int m, int k, int n) {
        SplittableRandom rnd = new SplittableRandom(SEED + 31L * m + 7L * k + n);
        byte[] a = random(rnd, m * k, -128, 127);
        // 4-bit fixed values (|w| <= 12 and <= 24: long 16-bit chunks), the narrow/wide boundary (chunk 4, 2), full int8.
        int[][] weightRanges = {{-12, 12}, {-24, 24}, {-7, 7}, {-60, 60}, {-100, 100}, {-128, 127}, {0, 0}};
        for (int[] range : weightRanges) {
            byte[] w = random(rnd, n * k, range[0], range[1]);
            assertMatchesNaive(a, w, m, k, n, "w in [" + range[0] + ", " + range[1] + "]");
        }
    }

    @Test
    void extremeValuesStayExact() {
        int m = 9;
        int k = 1023; // odd, and long enough that 16-bit lanes would overflow without widening
        int n = 37;
        // -128 x -128 everywhere: every product is +16384, the largest there is.
        assertMatchesNaive(filled(m * k, -128), filled(n * k, -128), m, k, n, "a = w = -128");
        assertMatchesNaive(filled(m * k, -128), filled(n * k, 127), m, k, n, "a = -128, w = 127");
        assertMatchesNaive(filled(m * k, 127), filled(n * k, -128), m, k, n, "a = 127, w = -128");
        // Max 4-bit fixed values (dINT4 s = 0.25: +-24) with -128 activations: the chunk bound is tight.
        assertMatchesNaive(filled(m * k, -128), filled(n * k, 24), m, k, n, "a = -128, w = 24");
        assertMatchesNaive(filled(m * k, -128), filled(n * k, -24), m, k, n, "a = -128, w = -24");
        assertMatchesNaive(filled(m * k, -128), filled(n * k, 12), m, k, n, "a = -128, w = 12");
        assertMatchesNaive(filled(m * k, 0), filled(n * k, -128), m, k, n, "a = 0");
    }

    @Test
    void extremeSumsNearTheIntLimitsAreExact() {
        // 131071 products of +16384 sum to 2^31 - 16384: int partial sums wrap on the way only if
        // the kernel summed wrongly; the final value must still be exact.
        int k = 131_071;
        byte[] a = filled(k, -128);
        byte[] w = filled(2 * k, -128);
        int[] out = fast(a, w, 1, k, 2);
        assertEquals(Integer.MAX_VALUE - 16383, out[0]);
        assertEquals(out[0], out[1]);
        byte[] wNeg = filled(k, 127);
        assertEquals(-128 * 127 * k, fast(a, wNeg, 1, k, 1)[0]);
    }

    @Test
    void everyByteTimesEveryByteIsExact() {
        // Row i of A is all (i - 128), row j of W all (j - 128): every pair of byte values meets,
        // through the int8 weights' nibble split (K long enough for narrow chunks).
        int k = 35;
        byte[] a = new byte[256 * k];
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) (i / k - 128);
        }
        assertTrue(WeightNibbles.narrowEnough(128, PairLayout.pairs(k)));
        int[] out = fast(a, a, 256, k, 256);
        for (int i = 0; i < 256; i++) {
            for (int j = 0; j < 256; j++) {
                assertEquals(k * (i - 128) * (j - 128), out[i * 256 + j], "a = " + (i - 128) + ", w = " + (j - 128));
            }
        }
    }

    @Test
    void nibblesRebuildEveryByte() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        WeightNibbles nibbles = new WeightNibbles(all);
        int[] high = new int[256];
        int[] low = new int[256];
        for (int i = 0; i < 256; i++) {
            assertTrue(nibbles.high()[i] >= -8 && nibbles.high()[i] <= 7 && nibbles.low()[i] >= 0 && nibbles.low()[i] <= 15);
            high[i] = nibbles.high()[i];
            low[i] = nibbles.low()[i];
        }
        WeightNibbles.combine(high, low);
        for (int i = 0; i < 256; i++) {
            assertEquals(all[i], high[i]);
        }
        assertFalse(WeightNibbles.narrowEnough(128, 3), "too few pairs for a narrow chunk");
    }

    @Test
    void singleOutliersAmongSmallWeightsAreFound() {
        // One -128 weight in a 4-bit-looking matrix must drop the 16-bit chunk to a safe length.
        SplittableRandom rnd = new SplittableRandom(SEED);
        int m = 6;
        int k = 700;
        int n = 40;
        byte[] a = filled(m * k, -128);
        byte[] w = random(rnd, n * k, 24, 24);
        w[17 * k + 350] = -128;
        assertMatchesNaive(a, w, m, k, n, "one -128 weight");
        byte[] a2 = random(rnd, m * k, -12, 12);
        a2[5 * k + 699] = -128; // the activation maximum matters too
        assertMatchesNaive(a2, random(rnd, n * k, -128, 127), m, k, n, "one -128 activation");
    }

    @Test
    void chunkBoundKeepsSixteenBitSumsInRange() {
        assertEquals(21, VectorIntGemm.chunkPairs(128, 12, 2048));
        assertEquals(10, VectorIntGemm.chunkPairs(128, 24, 2048));
        assertEquals(1, VectorIntGemm.chunkPairs(128, 128, 2048));
        assertEquals(7, VectorIntGemm.chunkPairs(0, 128, 7)); // zero operands: one chunk
        assertEquals(3, VectorIntGemm.chunkPairs(128, 1, 3)); // never longer than K
        for (int wMax = 1; wMax <= 128; wMax++) {
            int chunk = VectorIntGemm.chunkPairs(128, wMax, 1 << 20);
            assertTrue(chunk >= 1 && (long) chunk * 128 * wMax <= Short.MAX_VALUE, "w max " + wMax);
        }
    }

    @Test
    void smallColdProductsTakeThePlainLoopLargeOrWarmOnesTheVectorPath() {
        assertFalse(IntGemm.useVector(64L * 64 * 64, 0, 0));
        assertFalse(IntGemm.useVector(IntGemm.COLD_VECTOR_MIN_MACS - 1, IntGemm.WARM_AFTER_MACS - 1,
                IntGemm.PLAIN_BUDGET_MACS - 1));
        assertTrue(IntGemm.useVector(2048L * 4096 * 4096, 0, 0));
        assertTrue(IntGemm.useVector(1, IntGemm.WARM_AFTER_MACS, 0));
        assertTrue(IntGemm.useVector(1, 0, IntGemm.PLAIN_BUDGET_MACS));
        // Whichever path it takes, the public entry point gives the exact result.
        SplittableRandom rnd = new SplittableRandom(SEED);
        byte[] a = random(rnd, 5 * 40, -128, 127);
        byte[] w = random(rnd, 6 * 40, -24, 24);
        int[] out = new int[30];
        IntGemm.multiply(a, w, 5, 40, 6, out);
        assertArrayEquals(naive(a, w, 5, 40, 6), out);
    }

    @Test
    void badArgumentsAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IntGemm.multiply(new byte[6], new byte[6], 2, 3, 2, new int[3]));
        assertTrue(e.getMessage().contains("output (M x N)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> IntGemm.multiply(new byte[5], new byte[6], 2, 3, 2, new int[4]));
        assertTrue(e.getMessage().contains("activations (M x K)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> IntGemm.multiply(new byte[0], new byte[0], 0, 3, 2, new int[0]));
        assertTrue(e.getMessage().contains("must be positive"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> VectorIntGemm.multiply(new byte[6], new byte[5], 2, 3, 2, new int[4]));
        assertTrue(e.getMessage().contains("weights (N x K)"), e.getMessage());
    }
}

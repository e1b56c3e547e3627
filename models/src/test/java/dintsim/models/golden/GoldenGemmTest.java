package dintsim.models.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.CodePoint;
import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import dintsim.models.mac.AccumulatorOverflowException;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.OverflowPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * GoldenGemm.multiply against a naive triple loop written here from MacDesign.product and
 * AccumulatorSpec.add, on random shapes with edge values, for every standard design, truncating
 * designs and too-narrow accumulators under every overflow policy.
 */
class GoldenGemmTest {
    private static final Formats FORMATS = new Formats();

    /** What the naive loop computed: values, overflowed outputs, and where each overflowing output first overflowed. */
    private record Naive(int[] values, long overflowed, Set<String> firstOverflows) {
    }

    private static Naive naive(MacDesign d, CodeMatrix a, CodeMatrix w) {
        AccumulatorSpec acc = d.accumulator();
        int[] out = new int[a.rows() * w.rows()];
        long overflowed = 0;
        Set<String> first = new LinkedHashSet<>(); // row-major order: the first is what GoldenGemm must name
        for (int m = 0; m < a.rows(); m++) {
            for (int n = 0; n < w.rows(); n++) {
                long sum = 0;
                boolean over = false;
                for (int k = 0; k < a.cols(); k++) {
                    long p = d.product(w.code(n, k), a.code(m, k));
                    if (!acc.fits(sum + p)) {
                        if (!over) {
                            first.add("output [" + m + "][" + n + "], k = " + k + " ");
                        }
                        over = true;
                    }
                    // Under ERROR the naive loop records the overflow instead of throwing.
                    sum = acc.overflow() == OverflowPolicy.ERROR && !acc.fits(sum + p) ? sum + p : acc.add(sum, p, () -> "naive");
                }
                out[m * w.rows() + n] = (int) sum;
                overflowed += over ? 1 : 0;
            }
        }
        return new Naive(out, overflowed, first);
    }

    /** Random codes with edge values: every valid code first (in order), then extremes-heavy random ones. */
    private static CodeMatrix codes(NumberFormat f, int rows, int cols, Random rnd, double extremeShare) {
        List<Integer> valid = new ArrayList<>();
        for (CodePoint p : f.codePoints()) {
            valid.add(p.code());
        }
        int min = f.quantize(f.minValue(), 1);
        int max = f.quantize(f.maxValue(), 1);
        byte[] c = new byte[rows * cols];
        for (int i = 0; i < c.length; i++) {
            int code;
            if (i < valid.size() && rnd.nextBoolean()) {
                code = valid.get(i);
            } else if (rnd.nextDouble() < extremeShare) {
                code = rnd.nextBoolean() ? min : max;
            } else {
                code = valid.get(rnd.nextInt(valid.size()));
            }
            c[i] = (byte) code;
        }
        return new CodeMatrix(f, rows, cols, c);
    }

    /** Runs 12 random trials; returns how many outputs overflowed (under ERROR: how many trials threw). */
    private static long compare(MacDesign d, long seed, int maxK, double extremeShare) {
        Random rnd = new Random(seed);
        long overflows = 0;
        for (int trial = 0; trial < 12; trial++) {
            int m = 1 + rnd.nextInt(13);
            int k = 1 + rnd.nextInt(maxK);
            int n = 1 + rnd.nextInt(13);
            // Activations: -128 (the INT8 minimum) is heavily used; weights: every code.
            CodeMatrix a = codes(d.activationFormat(), m, k, rnd, extremeShare);
            CodeMatrix w = codes(d.weightFormat(), n, k, rnd, extremeShare);
            Naive expected = naive(d, a, w);
            String what = d + " " + m + "x" + k + "x" + n + " seed " + seed + " trial " + trial;
            if (d.accumulator().overflow() == OverflowPolicy.ERROR && expected.overflowed() > 0) {
                AccumulatorOverflowException e = assertThrows(AccumulatorOverflowException.class,
                        () -> GoldenGemm.multiply(d, a, w), what);
                String where = e.getMessage().replaceFirst(".*accumulator overflow at (output \\[\\d+]\\[\\d+], k = \\d+ ).*", "$1");
                assertEquals(expected.firstOverflows().iterator().next(), where, what + ": " + e.getMessage());
                overflows++;
                continue;
            }
            GemmResult r = GoldenGemm.multiply(d, a, w);
            assertArrayEquals(expected.values(), r.values(), what);
            assertEquals(expected.overflowed(), r.overflowedOutputs(), what);
            overflows += r.overflowedOutputs();
        }
        return overflows;
    }

    @Test
    void everyStandardDesignMatchesTheNaiveLoop() {
        long seed = 1;
        for (String name : MacDesigns.STANDARD) {
            assertEquals(0, compare(MacDesigns.standard(name), seed++, 300, 0.3));
        }
        assertEquals(0, compare(MacDesigns.standard("dint4(s=0.25)xint8"), seed, 300, 0.3));
    }

    /** Fewer accumulator fraction bits than the product has: each product is floored. */
    @Test
    void truncatingDesignsMatchTheNaiveLoop() {
        compare(MacDesigns.parse("dint4xint8", FORMATS, new AccumulatorSpec(24, 0, OverflowPolicy.ERROR)), 11, 300, 0.3);
        compare(MacDesigns.parse("fp4xint8", FORMATS, new AccumulatorSpec(24, 0, OverflowPolicy.SATURATE)), 12, 300, 0.3);
        compare(MacDesigns.parse("dint4(s=0.25)xint8", FORMATS, new AccumulatorSpec(24, 1, OverflowPolicy.WRAP)), 13, 300, 0.3);
        MacDesign t = MacDesigns.parse("dint4xint8", FORMATS, new AccumulatorSpec(24, 0, OverflowPolicy.ERROR));
        assertEquals(-1, t.productShift());
        // +0.5 x -127 = -63.5, floored to -64; +0.5 x 127 = 63.5 -> 63.
        int plusHalf = Formats.builtIn("dint4").quantize(0.5, 1);
        NumberFormat int8 = Formats.builtIn("int8");
        assertEquals(-64, t.product(plusHalf, int8.quantize(-127, 1)));
        assertEquals(63, t.product(plusHalf, int8.quantize(127, 1)));
    }

    @Test
    void narrowAccumulatorsUnderEveryPolicyMatchTheNaiveLoop() {
        long seed = 100;
        for (OverflowPolicy p : OverflowPolicy.values()) {
            // Each too-narrow design must really overflow somewhere, or the test would prove nothing.
            assertTrue(compare(MacDesigns.parse("int8xint8", FORMATS, new AccumulatorSpec(18, 0, p)), seed++, 40, 0.6) > 0);
            assertTrue(compare(MacDesigns.parse("int4xint8", FORMATS, new AccumulatorSpec(12, 0, p)), seed++, 60, 0.6) > 0);
            assertTrue(compare(MacDesigns.parse("dint4xint8", FORMATS, new AccumulatorSpec(12, 1, p)), seed++, 60, 0.6) > 0);
            assertTrue(compare(MacDesigns.parse("fp4xint8", FORMATS, new AccumulatorSpec(11, 1, p)), seed++, 60, 0.6) > 0);
        }
    }

    /** One output overflows at a known step: the error names it; saturate and wrap give the known values. */
    @Test
    void knownOverflowIsNamedAndCounted() {
        NumberFormat int8 = Formats.builtIn("int8");
        int c127 = int8.quantize(127, 1);
        byte[] a = new byte[3 * 5];
        byte[] w = new byte[2 * 5];
        for (int k = 0; k < 5; k++) {
            a[2 * 5 + k] = (byte) c127; // row 2 of activations
            w[5 + k] = (byte) c127; // row 1 of weights (output channel 1)
        }
        CodeMatrix am = new CodeMatrix(int8, 3, 5, a);
        CodeMatrix wm = new CodeMatrix(int8, 2, 5, w);
        // 127 * 127 = 16129; a 16-bit accumulator (max 32767) overflows at the third product (k = 2).
        MacDesign err = MacDesigns.parse("int8xint8", FORMATS, new AccumulatorSpec(16, 0, OverflowPolicy.ERROR));
        AccumulatorOverflowException e = assertThrows(AccumulatorOverflowException.class,
                () -> GoldenGemm.multiply(err, am, wm));
        assertTrue(e.getMessage().contains("output [2][1], k = 2 "), e.getMessage());
        GemmResult sat = GoldenGemm.multiply(MacDesigns.parse("int8xint8", FORMATS,
                new AccumulatorSpec(16, 0, OverflowPolicy.SATURATE)), am, wm);
        assertEquals(32767, sat.value(2, 1));
        assertEquals(1, sat.overflowedOutputs());
        assertEquals(0, sat.value(0, 1));
        GemmResult wrap = GoldenGemm.multiply(MacDesigns.parse("int8xint8", FORMATS,
                new AccumulatorSpec(16, 0, OverflowPolicy.WRAP)), am, wm);
        assertEquals((short) (5 * 16129), wrap.value(2, 1));
        assertEquals(1, wrap.overflowedOutputs());
    }
}

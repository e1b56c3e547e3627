package dintsim.models.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * quantize returns the nearest value: checked against a brute-force search over the value set,
 * on 10^6 random inputs per format and symmetry (fixed seed; 10^5 for the extra family members)
 * and on every boundary and tie.
 */
class QuantizeNearestTest {
    private static final int RANDOM_INPUTS = 1_000_000;

    /**
     * Brute force: the value at the smallest distance; on equal distance the larger magnitude,
     * then the positive one (the documented tie rule). Ties are decided in exact decimal.
     */
    static double nearest(double y, double[] allowed) {
        double best = allowed[0];
        double bd = Math.abs(y - best);
        for (double v : allowed) {
            double d = Math.abs(y - v);
            int cmp = Double.compare(d, bd);
            if (cmp == 0 && v != best) {
                BigDecimal by = new BigDecimal(y);
                cmp = by.subtract(new BigDecimal(v)).abs().compareTo(by.subtract(new BigDecimal(best)).abs());
            }
            if (cmp < 0 || cmp == 0 && (Math.abs(v) > Math.abs(best) || Math.abs(v) == Math.abs(best) && v > best)) {
                best = v;
                bd = d;
            }
        }
        return best;
    }

    private static double[] allowed(NumberFormat f, boolean symmetric) {
        return Arrays.stream(f.values()).filter(v -> !symmetric || Math.abs(v) <= f.symmetricLimit()).toArray();
    }

    private static void check(NumberFormat f, boolean symmetric, double x, double scale, double[] allowed) {
        int code = f.quantize(x, scale, symmetric);
        double expected = nearest(x / scale, allowed);
        assertEquals(expected, f.value(code), () -> f.name() + (symmetric ? " symmetric" : "") + ": x = " + x
                + ", scale = " + scale);
        assertEquals(f.quantize(expected, 1), code, () -> f.name() + ": not the canonical code for " + expected);
    }

    @Test
    void randomInputsMatchBruteForce() {
        // Formats are independent: check them on all cores (each uses its own seeded generator).
        TestFormats.all().parallelStream().forEach(f -> {
            int inputs = TestFormats.ISSUE.contains(f.name()) ? RANDOM_INPUTS : RANDOM_INPUTS / 10;
            for (boolean symmetric : new boolean[] {false, true}) {
                double[] allowed = allowed(f, symmetric);
                SplittableRandom rnd = new SplittableRandom(20231105L);
                double span = 1.25 * Math.max(-f.minValue(), f.maxValue());
                for (int i = 0; i < inputs; i++) {
                    // Half over the whole range (and beyond), half near zero where dINT differs.
                    double y = i % 2 == 0 ? (rnd.nextDouble() * 2 - 1) * span : (rnd.nextDouble() * 2 - 1) * 1.5;
                    double scale = i % 10 == 0 ? 0.001 + rnd.nextDouble() : 1.0;
                    check(f, symmetric, y * scale, scale, allowed);
                }
            }
        });
    }

    @Test
    void everyBoundaryAndTieMatchesBruteForce() {
        for (NumberFormat f : TestFormats.all()) {
            for (boolean symmetric : new boolean[] {false, true}) {
                double[] allowed = allowed(f, symmetric);
                List<Double> points = new ArrayList<>(List.of(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e9, -1e9));
                for (int i = 0; i < allowed.length; i++) {
                    double v = allowed[i];
                    points.addAll(List.of(v, Math.nextUp(v), Math.nextDown(v), v + 1, v - 1));
                    if (i + 1 < allowed.length) {
                        double mid = (v + allowed[i + 1]) / 2;
                        points.addAll(List.of(mid, Math.nextUp(mid), Math.nextDown(mid)));
                    }
                }
                for (double y : points) {
                    check(f, symmetric, y, 1.0, allowed);
                }
            }
        }
    }

    /** The tie rule written out: away from zero, and a tie at 0 goes to the positive value. */
    @Test
    void tiesGoAwayFromZero() {
        NumberFormat int4 = Formats.builtIn("int4");
        assertEquals(1.0, int4.value(int4.quantize(0.5, 1)));
        assertEquals(-1.0, int4.value(int4.quantize(-0.5, 1)));
        assertEquals(3.0, int4.value(int4.quantize(2.5, 1)));
        assertEquals(-8.0, int4.value(int4.quantize(-7.5, 1)));
        assertEquals(-7.0, int4.value(int4.quantize(-7.5, 1, true)));
        NumberFormat dint4 = Formats.builtIn("dint4");
        assertEquals(0.5, dint4.value(dint4.quantize(0.25, 1)));
        assertEquals(-0.5, dint4.value(dint4.quantize(-0.25, 1)));
        assertEquals(1.0, dint4.value(dint4.quantize(0.75, 1)));
        assertEquals(0.0, dint4.value(dint4.quantize(0.2499, 1)));
        assertEquals(6.0, dint4.value(dint4.quantize(100, 1)));
        NumberFormat noZero = Formats.builtIn("dint4(s=0.25,zero=false)");
        assertEquals(0.25, noZero.value(noZero.quantize(0.0, 1)));
        assertEquals(0.25, noZero.value(noZero.quantize(-0.0, 1)));
        assertEquals(-0.25, noZero.value(noZero.quantize(-1e-300, 1)));
        assertEquals(1.0, noZero.value(noZero.quantize(0.625, 1)));
        NumberFormat fp4 = Formats.builtIn("fp4");
        assertEquals(0.5, fp4.value(fp4.quantize(0.25, 1)));
        assertEquals(6.0, fp4.value(fp4.quantize(5.0, 1)));
        assertEquals(0b0000, fp4.quantize(-0.1, 1));
    }
}

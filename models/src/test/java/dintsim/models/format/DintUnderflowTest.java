package dintsim.models.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * dINT4's reason to exist: weights below half an integer step are not flushed to zero. On a
 * Gaussian sample, INT4 (symmetric, scale = max|x| / 7) sends x to 0 when |x| / scale < 0.5;
 * dINT4 (s = 0.5, scale = max|x| / 6, its largest value being 6) only when |x| / scale < 0.25.
 * The predicted counts are computed from the sample and these thresholds, then compared with
 * what quantize does. (Ties at exactly the threshold go away from zero, so they are not underflow.)
 */
class DintUnderflowTest {
    private static final int SAMPLES = 200_000;

    private static double[] gaussian() {
        Random rnd = new Random(4242);
        double[] x = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            x[i] = rnd.nextGaussian();
        }
        return x;
    }

    private static long underflow(NumberFormat f, double[] x, double scale, boolean symmetric) {
        long n = 0;
        for (double v : x) {
            if (v != 0 && f.value(f.quantize(v, scale, symmetric)) == 0) {
                n++;
            }
        }
        return n;
    }

    private static long predicted(double[] x, double scale, double threshold) {
        long n = 0;
        for (double v : x) {
            if (v != 0 && Math.abs(v) / scale < threshold) {
                n++;
            }
        }
        return n;
    }

    @Test
    void underflowCountsAreWhatTheThresholdsPredict() {
        double[] x = gaussian();
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        NumberFormat int4 = Formats.builtIn("int4");
        NumberFormat dint4 = Formats.builtIn("dint4");
        double int4Scale = max / 7;
        double dint4Scale = max / 6;
        long int4Under = underflow(int4, x, int4Scale, true);
        long dint4Under = underflow(dint4, x, dint4Scale, true);
        assertEquals(predicted(x, int4Scale, 0.5), int4Under);
        assertEquals(predicted(x, dint4Scale, 0.25), dint4Under);
        // Same scale for both (max/7): the threshold halves, so fewer underflow still.
        long dint4SameScale = underflow(dint4, x, int4Scale, true);
        assertEquals(predicted(x, int4Scale, 0.25), dint4SameScale);
        assertTrue(dint4Under < int4Under && dint4SameScale < dint4Under);
        System.out.printf("Gaussian n=%d, max|x|=%.4f: INT4 (max/7) underflow %d (%.2f%%), dINT4 (max/6) %d (%.2f%%), "
                        + "dINT4 (max/7) %d (%.2f%%)%n", SAMPLES, max, int4Under, 100.0 * int4Under / SAMPLES, dint4Under,
                100.0 * dint4Under / SAMPLES, dint4SameScale, 100.0 * dint4SameScale / SAMPLES);
    }

    /** In units of the step, |y| in (0.25, 0.75) goes to +-0.5 in dINT4, to 0 or +-1 in INT4. */
    @Test
    void theBandAroundHalfAStepMapsToTheSpecialValue() {
        double[] x = gaussian();
        double scale = 0.3;
        NumberFormat int4 = Formats.builtIn("int4");
        NumberFormat dint4 = Formats.builtIn("dint4");
        long band = 0;
        for (double v : x) {
            double y = Math.abs(v) / scale;
            if (y > 0.25 && y < 0.75) {
                band++;
                assertEquals(Math.copySign(0.5, v), dint4.value(dint4.quantize(v, scale)), "x = " + v);
                assertEquals(y < 0.5 ? 0.0 : Math.copySign(1.0, v), int4.value(int4.quantize(v, scale)), "x = " + v);
                assertEquals(CodeKind.SPECIAL, dint4.kind(dint4.quantize(v, scale)));
            } else if (y <= 0.25 && y != 0.25) {
                assertEquals(0.0, dint4.value(dint4.quantize(v, scale)), "x = " + v);
            }
        }
        assertTrue(band > SAMPLES / 10, "the band holds " + band + " samples");
    }
}

package dintsim.models.quant;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the static per-tensor activation range is chosen from calibration data.
 * <ul>
 *   <li>{@code max}: the largest |x| seen (dintsim's default; what static W8A8 schemes such as
 *       SmoothQuant's O3 setting use);</li>
 *   <li>{@code percentile(p)}: the p-th percentile of |x|, ignoring rare spikes;</li>
 *   <li>{@code mse}: the clip ratio of max|x| (0.30..1.00 in steps of 0.05) that minimises the INT8
 *       quantization MSE of the calibration data.</li>
 * </ul>
 * Percentile and MSE look at a strided subset of at most {@link #MAX_SAMPLE_VALUES} values.
 *
 * @param kind       max, percentile or mse
 * @param percentile the percentile for {@code percentile}, in (0, 100]
 */
public record ActivationCalibration(Kind kind, double percentile) {
    public static final int MAX_SAMPLE_VALUES = 1 << 21;
    public static final ActivationCalibration MAX = new ActivationCalibration(Kind.MAX, 100);

    public enum Kind { MAX, PERCENTILE, MSE }

    public ActivationCalibration {
        if (kind == null) {
            throw new IllegalArgumentException("activation calibration: no kind");
        }
        if (!(percentile > 0) || percentile > 100) {
            throw new IllegalArgumentException("activation calibration: percentile " + percentile + " must be in (0, 100]");
        }
    }

    /** Parses {@code max}, {@code mse}, {@code percentile(99.9)} or {@code p99.9}. */
    public static ActivationCalibration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("max")) {
            return MAX;
        }
        if (t.equals("mse")) {
            return new ActivationCalibration(Kind.MSE, 100);
        }
        String number = t.startsWith("percentile(") && t.endsWith(")") ? t.substring(11, t.length() - 1)
                : t.startsWith("p") ? t.substring(1) : null;
        if (number != null) {
            try {
                return new ActivationCalibration(Kind.PERCENTILE, Double.parseDouble(number));
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("activation calibration '" + text + "': expected max, mse or percentile(P), e.g. p99.99");
    }

    /**
     * The range (a magnitude, > 0) for activations x with each column c multiplied by
     * {@code columnFactors[c]} (null: all 1), using the column maxima of x precomputed in
     * {@code stats}.
     */
    public double range(CalibrationStats stats, float[] columnFactors) {
        double absMax = 0;
        float[] colMax = stats.columnAbsMax();
        for (int c = 0; c < colMax.length; c++) {
            absMax = Math.max(absMax, colMax[c] * (columnFactors == null ? 1f : columnFactors[c]));
        }
        if (absMax == 0) {
            return 1.0; // all-zero calibration data: any range is exact
        }
        switch (kind) {
            case MAX:
                return absMax;
            case PERCENTILE: {
                float[] mags = stats.sampleMagnitudes(columnFactors);
                Arrays.sort(mags);
                int idx = (int) Math.ceil(percentile / 100.0 * mags.length) - 1;
                double r = mags[Math.max(0, Math.min(mags.length - 1, idx))];
                return r > 0 ? r : absMax;
            }
            default:
                return mseRange(stats.sampleMagnitudes(columnFactors), absMax);
        }
    }

    private static double mseRange(float[] mags, double absMax) {
        double best = Double.POSITIVE_INFINITY;
        double bestRange = absMax;
        for (int i = 0; i <= 14; i++) {
            double ratio = 1.0 - 0.05 * i;
            double range = ratio * absMax;
            double step = range / ActivationQuantizer.LIMIT;
            double err = 0;
            for (float m : mags) {
                double q = Math.min(Math.rint(m / step), ActivationQuantizer.LIMIT) * step;
                err += (m - q) * (m - q);
            }
            if (err < best) {
                best = err;
                bestRange = range;
            }
        }
        return bestRange;
    }

    @Override
    public String toString() {
        switch (kind) {
            case MAX:
                return "max";
            case MSE:
                return "mse";
            default:
                return String.format(Locale.ROOT, "percentile(%s)", percentile);
        }
    }
}

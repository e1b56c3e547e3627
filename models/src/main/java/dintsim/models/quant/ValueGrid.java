package dintsim.models.quant;

import dintsim.models.format.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a format may take in a quantizer (all of them, or the symmetric range), with the
 * decision thresholds between neighbours precomputed, so that rounding millions of values in the
 * clip and scaling searches costs a short branch-free-ish binary search instead of a full
 * {@link NumberFormat#quantize} call. It applies exactly the same rule (nearest value; a tie goes
 * away from zero, a tie at zero to the positive side; saturation at the ends) and returns the same
 * codes; ValueGridTest checks the two against each other.
 */
final class ValueGrid {
    private final double[] values;
    private final byte[] codes;
    private final double[] thresholds;

    ValueGrid(NumberFormat format, boolean symmetric) {
        double limit = format.symmetricLimit();
        List<Double> kept = new ArrayList<>();
        for (double v : format.values()) {
            if (!symmetric || Math.abs(v) <= limit) {
                kept.add(v);
            }
        }
        values = kept.stream().mapToDouble(Double::doubleValue).toArray();
        codes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = (byte) format.quantize(values[i], 1.0, symmetric);
        }
        thresholds = new double[values.length - 1];
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i] = (values[i] + values[i + 1]) / 2;
        }
    }

    /** Index of the value x / scale rounds to. */
    int index(double x, double scale) {
        double y = x / scale;
        int lo = 0;
        int hi = thresholds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double t = thresholds[mid];
            if (y > t || (y == t && t >= 0)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    double value(int index) {
        return values[index];
    }

    byte code(int index) {
        return codes[index];
    }
}

package dintsim.models.quant;

import java.util.Locale;

/**
 * The clip ratios the weight quantizer tries per channel (or group): 1.0, 1.0 - step, ... down to
 * {@code min}. 1.0 (no clipping) is always tried first and kept on ties, so the search can only
 * lower the squared error of a channel, never raise it.
 *
 * @param min  smallest ratio, in (0, 1]
 * @param step distance between ratios, > 0 (ignored when min = 1)
 */
public record ClipGrid(double min, double step) {
    /** 0.50, 0.55, ..., 1.00: eleven ratios. */
    public static final ClipGrid DEFAULT = new ClipGrid(0.5, 0.05);
    /** Only 1.0: plain max scaling. */
    public static final ClipGrid NONE = new ClipGrid(1.0, 0.05);

    public ClipGrid {
        if (!(min > 0) || min > 1) {
            throw new IllegalArgumentException("clip grid: field 'min' is " + min + ", must be in (0, 1]");
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("clip grid: field 'step' is " + step + ", must be positive");
        }
    }

    /** Ratios in descending order, starting at 1.0. */
    public double[] ratios() {
        int n = (int) Math.floor((1.0 - min) / step + 1e-9) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = 1.0 - i * step;
        }
        return out;
    }

    @Override
    public String toString() {
        return min >= 1 ? "none" : String.format(Locale.ROOT, "%.2f..1.00 step %.2f", min, step);
    }
}

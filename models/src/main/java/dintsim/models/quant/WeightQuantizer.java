package dintsim.models.quant;

import dintsim.models.format.NumberFormat;
import java.util.stream.IntStream;

/**
 * Round-to-nearest weight quantization per output channel (or per group of {@code groupSize}
 * columns along K), symmetric, with an MSE-optimal clipping search: for each channel/group the
 * scale is clip x max|w| / L, L = the format's {@link NumberFormat#symmetricLimit()} (7 for INT4,
 * 6 for dINT4 and FP4, 127 for INT8), and the clip ratio with the least squared weight error wins.
 * Rounding is the format's own rule ({@link NumberFormat#quantize(double, double, boolean)},
 * symmetric), so any format works, built-in or user-defined.
 */
public final class WeightQuantizer {
    private final NumberFormat format;
    private final int groupSize;
    private final ClipGrid clip;

    /**
     * @param groupSize columns per scale along K; 0 means one scale per output channel
     */
    public WeightQuantizer(NumberFormat format, int groupSize, ClipGrid clip) {
        if (format == null) {
            throw new IllegalArgumentException("weight quantizer: no format");
        }
        if (groupSize < 0) {
            throw new IllegalArgumentException("weight quantizer: group size " + groupSize + " must be 0 (per channel) or positive");
        }
        if (!(format.symmetricLimit() > 0)) {
            throw new IllegalArgumentException("format '" + format.name() + "' has no positive and negative values of equal magnitude"
                    + " (symmetric limit " + format.symmetricLimit() + "); it cannot hold signed weights");
        }
        this.format = format;
        this.groupSize = groupSize;
        this.clip = clip;
    }

    public NumberFormat format() {
        return format;
    }

    public int groupSize() {
        return groupSize;
    }

    public ClipGrid clip() {
        return clip;
    }

    public QuantizedWeights quantize(FloatMatrix w) {
        int rows = w.rows();
        int cols = w.cols();
        int group = groupSize == 0 ? cols : Math.min(groupSize, cols);
        int groups = (cols + group - 1) / group;
        byte[] codes = new byte[rows * cols];
        float[] scales = new float[rows * groups];
        double[] chosen = new double[rows * groups];
        double[] ratios = clip.ratios();
        ValueGrid grid = new ValueGrid(format, true);
        float[] data = w.data();
        IntStream.range(0, rows * groups).parallel().forEach(rg -> {
            int r = rg / groups;
            int from = r * cols + (rg % groups) * group;
            int to = Math.min(from + group, r * cols + cols);
            quantizeSpan(data, from, to, ratios, grid, codes, scales, chosen, rg);
        });
        return new QuantizedWeights(format, rows, cols, group, codes, scales, chosen);
    }

    /** One channel or group: try each clip ratio, keep the first with the least squared error. */
    private void quantizeSpan(float[] w, int from, int to, double[] ratios, ValueGrid grid, byte[] codes,
                              float[] scales, double[] chosen, int slot) {
        double absMax = 0;
        for (int i = from; i < to; i++) {
            absMax = Math.max(absMax, Math.abs(w[i]));
        }
        if (absMax == 0) {
            // All zero: any scale represents it exactly; 1 keeps the trace's scales positive.
            scales[slot] = 1f;
            chosen[slot] = 1.0;
            byte zero = grid.code(grid.index(0.0, 1.0));
            for (int i = from; i < to; i++) {
                codes[i] = zero;
            }
            return;
        }
        double bestErr = Double.POSITIVE_INFINITY;
        float bestScale = 0;
        double bestRatio = 1;
        for (double ratio : ratios) {
            float scale = scaleFor(ratio * absMax);
            double err = 0;
            for (int i = from; i < to && err < bestErr; i++) {
                double d = w[i] - grid.value(grid.index(w[i], scale)) * scale;
                err += d * d;
            }
            if (err < bestErr) {
                bestErr = err;
                bestScale = scale;
                bestRatio = ratio;
            }
        }
        scales[slot] = bestScale;
        chosen[slot] = bestRatio;
        for (int i = from; i < to; i++) {
            codes[i] = grid.code(grid.index(w[i], bestScale));
        }
    }

    /** The float scale mapping {@code range} to the symmetric limit; float so that traces reproduce it exactly. */
    private float scaleFor(double range) {
        float s = (float) (range / format.symmetricLimit());
        return Math.max(s, Float.MIN_NORMAL);
    }
}

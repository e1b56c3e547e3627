package dintsim.reports.pipeline;

import dintsim.models.format.NumberFormat;
import dintsim.models.quant.FloatMatrix;
import dintsim.traces.LayerTrace;

/**
 * Histogram of per-weight quantization error, (dequantized - original) divided by the largest
 * |weight| of the weight's output channel, so that formats with different steps compare on one
 * axis. Only valid when the trace's weights are the original weights quantized without channel
 * scaling (RTN); the caller checks that. Errors beyond the range land in the edge bins.
 */
public final class WeightErrorHistogram {
    /** Range of the histogram, in units of the channel's largest |weight|. */
    public static final double RANGE = 0.1;
    public static final int BINS = 40;

    private WeightErrorHistogram() {
    }

    public static double binStart() {
        return -RANGE;
    }

    public static double binWidth() {
        return 2 * RANGE / BINS;
    }

    /** Adds the errors of one layer to {@code counts} (length {@link #BINS}). */
    public static void add(FloatMatrix original, LayerTrace trace, long[] counts) {
        int n = trace.n();
        int k = trace.k();
        if (original.rows() != n || original.cols() != k) {
            throw new IllegalArgumentException("layer " + trace.layer() + ": original weights are " + original.rows()
                    + " x " + original.cols() + ", trace weights " + n + " x " + k);
        }
        NumberFormat f = trace.weights().format();
        double[] value = new double[f.codeCount()];
        for (int c = 0; c < value.length; c++) {
            value[c] = f.isValid(c) ? f.value(c) : Double.NaN;
        }
        float[] w = original.data();
        float[] scales = trace.weightScales();
        for (int r = 0; r < n; r++) {
            double absMax = 0;
            for (int j = 0; j < k; j++) {
                absMax = Math.max(absMax, Math.abs(w[r * k + j]));
            }
            if (absMax == 0) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                double err = (value[trace.weights().code(r, j)] * scales[r] - w[r * k + j]) / absMax;
                int bin = (int) Math.floor((err + RANGE) / binWidth());
                counts[Math.max(0, Math.min(BINS - 1, bin))]++;
            }
        }
    }
}

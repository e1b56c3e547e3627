package dintsim.models.quant;

/**
 * The output error a channel scaling s is judged by, on a strided subset of calibration tokens
 * and output channels: with W' = W diag(s) and X' = X diag(s)^-1 (so W'X' = WX exactly),
 * <ul>
 *   <li>{@link #joint}: mean of (Q(W') Q(X') - W X)^2, both quantized: AQAS's objective;</li>
 *   <li>{@link #weightOnly}: mean of (Q(W') X' - W X)^2: AWQ's objective.</li>
 * </ul>
 * Q(W') is the configured weight quantizer (clip search included); Q(X') is static INT8 with the
 * range calibrated on all calibration tokens of X'.
 */
public final class OutputObjective {
    private final WeightQuantizer weights;
    private final ActivationCalibration calibration;
    private final CalibrationStats stats;
    private final FloatMatrix w;
    private final FloatMatrix x;
    private final float[] reference;

    public OutputObjective(FloatMatrix w, CalibrationStats stats, QuantConfig config) {
        if (w.cols() != stats.data().cols()) {
            throw new IllegalArgumentException("weights '" + w.name() + "' have K = " + w.cols() + " but calibration activations '"
                    + stats.data().name() + "' have K = " + stats.data().cols());
        }
        int[][] sample = RowSample.forProduct(stats.data().rows(), w.rows(), w.cols(), config.searchRows(), config.searchMacs());
        this.weights = config.weightQuantizer();
        this.calibration = config.calibration();
        this.stats = stats;
        this.x = stats.data().selectRows(sample[0]);
        this.w = w.selectRows(sample[1]);
        this.reference = MatMul.timesTransposed(x.data(), x.rows(), this.w.data(), this.w.rows(), w.cols());
    }

    /** Tokens x channels the objective averages over. */
    public int[] sampleShape() {
        return new int[] {x.rows(), w.rows()};
    }

    /** Joint (weights and activations quantized) output MSE under scaling s (null: identity). */
    public double joint(float[] s) {
        float[] inv = inverse(s);
        float[] wq = weights.quantize(scaled(w, s)).dequantize();
        float actScale = ActivationQuantizer.scaleFor(calibration.range(stats, inv));
        FloatMatrix xs = scaled(x, inv);
        float[] xq = ActivationQuantizer.dequantize(ActivationQuantizer.quantize(xs, actScale), actScale);
        return mse(MatMul.timesTransposed(xq, x.rows(), wq, w.rows(), w.cols()));
    }

    /** Weight-only output MSE under scaling s (activations kept in FP32). */
    public double weightOnly(float[] s) {
        float[] wq = weights.quantize(scaled(w, s)).dequantize();
        FloatMatrix xs = scaled(x, inverse(s));
        return mse(MatMul.timesTransposed(xs.data(), x.rows(), wq, w.rows(), w.cols()));
    }

    private double mse(float[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - reference[i];
            sum += d * d;
        }
        return sum / y.length;
    }

    private static FloatMatrix scaled(FloatMatrix m, float[] factors) {
        return factors == null ? m : m.scaleColumns(factors);
    }

    static float[] inverse(float[] s) {
        if (s == null) {
            return null;
        }
        float[] inv = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            inv[i] = 1f / s[i];
        }
        return inv;
    }
}

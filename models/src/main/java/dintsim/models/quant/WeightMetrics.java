package dintsim.models.quant;

/**
 * Weights-only quality of one quantized layer, measured on the weights alone (no activations):
 * with dW = W_q - W = du + dr (du: non-zero weights quantized to zero, du = -W there; dr: the
 * rest), the squared weight error splits exactly into an underflow part sum du^2 and a rounding
 * part sum dr^2, since du and dr never share an element.
 *
 * @param layer            layer name
 * @param n                output channels
 * @param k                input channels
 * @param nonzeroWeights   weights that are not zero before quantization
 * @param underflowWeights of those, the ones quantized to zero
 * @param underflowError   sum du^2 / (N K): underflow part of the weight MSE
 * @param roundingError    sum dr^2 / (N K): rounding part of the weight MSE
 * @param weightSqnrDb     10 log10(sum W^2 / sum dW^2); +Infinity when exact
 */
public record WeightMetrics(String layer, int n, int k, long nonzeroWeights, long underflowWeights, double underflowError,
                            double roundingError, double weightSqnrDb) {

    public double underflowFraction() {
        return nonzeroWeights == 0 ? 0 : (double) underflowWeights / nonzeroWeights;
    }

    /** Share of the weight MSE due to underflow. */
    public double underflowShare() {
        double total = underflowError + roundingError;
        return total == 0 ? 0 : underflowError / total;
    }

    /** Measures {@code qw} (the quantized {@code w}, original domain). */
    public static WeightMetrics measure(String layer, FloatMatrix w, QuantizedWeights qw) {
        float[] wq = qw.dequantize();
        double[] lut = QuantizedWeights.valueTable(qw.format());
        byte[] codes = qw.codes();
        float[] d = w.data();
        long nonzero = 0;
        long under = 0;
        double su = 0;
        double sr = 0;
        double signal = 0;
        for (int i = 0; i < d.length; i++) {
            double e = (double) wq[i] - d[i];
            signal += (double) d[i] * d[i];
            if (d[i] != 0) {
                nonzero++;
                if (lut[codes[i] & 0xFF] == 0) {
                    under++;
                    su += e * e;
                    continue;
                }
            }
            sr += e * e;
        }
        double size = (double) d.length;
        double noise = su + sr;
        return new WeightMetrics(layer, w.rows(), w.cols(), nonzero, under, su / size, sr / size,
                noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(signal / noise));
    }
}

package dintsim.models.quant;

/**
 * Measures {@link LayerMetrics} of a quantized layer on evaluation activations. Everything is
 * computed in the scaled domain (W' = W diag(s), X' = X diag(s)^-1), which gives the same output
 * errors as the original domain because W'X' = WX.
 */
public final class ErrorAnalysis {
    private ErrorAnalysis() {
    }

    /**
     * @param w           original weights N x K
     * @param s           channel scaling (length K)
     * @param qw          quantized W' (per-channel or grouped)
     * @param x           evaluation activations M x K (original domain)
     * @param actScale    INT8 scale of X'
     * @param config      sample sizes
     */
    public static LayerMetrics measure(String layer, FloatMatrix w, float[] s, QuantizedWeights qw, FloatMatrix x,
                                       float actScale, QuantConfig config) {
        int k = w.cols();
        float[] wq = qw.dequantize();
        FloatMatrix ws = w.scaleColumns(s);
        long nonzero = 0;
        long underflow = 0;
        float[] wsData = ws.data();
        double[] lut = QuantizedWeights.valueTable(qw.format());
        byte[] codes = qw.codes();
        for (int i = 0; i < wsData.length; i++) {
            if (w.data()[i] != 0) {
                nonzero++;
                if (lut[codes[i] & 0xFF] == 0) {
                    underflow++;
                }
            }
        }
        int[][] sample = RowSample.forProduct(x.rows(), w.rows(), k, config.metricRows(), config.metricMacs());
        int[] rows = sample[0];
        int[] channels = sample[1];
        int n = channels.length;
        float[] du = new float[n * k];
        float[] dr = new float[n * k];
        float[] wqSub = new float[n * k];
        float[] wSub = new float[n * k];
        for (int c = 0; c < n; c++) {
            int src = channels[c] * k;
            for (int j = 0; j < k; j++) {
                float orig = wsData[src + j];
                float q = wq[src + j];
                wSub[c * k + j] = orig;
                wqSub[c * k + j] = q;
                boolean under = w.data()[src + j] != 0 && lut[codes[src + j] & 0xFF] == 0;
                du[c * k + j] = under ? -orig : 0f;
                dr[c * k + j] = under ? 0f : q - orig;
            }
        }
        FloatMatrix xs = x.selectRows(rows).scaleColumns(OutputObjective.inverse(s));
        int m = rows.length;
        float[] y = MatMul.timesTransposed(xs.data(), m, wSub, n, k);
        float[] eu = MatMul.timesTransposed(xs.data(), m, du, n, k);
        float[] er = MatMul.timesTransposed(xs.data(), m, dr, n, k);
        float[] xq = ActivationQuantizer.dequantize(ActivationQuantizer.quantize(xs, actScale), actScale);
        float[] yq = MatMul.timesTransposed(xq, m, wqSub, n, k);
        double total = 0;
        double uPart = 0;
        double rPart = 0;
        double uOnly = 0;
        double rOnly = 0;
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < y.length; i++) {
            double e = (double) eu[i] + er[i];
            total += e * e;
            uPart += e * eu[i];
            rPart += e * er[i];
            uOnly += (double) eu[i] * eu[i];
            rOnly += (double) er[i] * er[i];
            signal += (double) y[i] * y[i];
            double d = (double) yq[i] - y[i];
            noise += d * d;
        }
        double count = y.length;
        double sqnr = noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(signal / noise);
        return new LayerMetrics(layer, w.rows(), k, nonzero, underflow, uPart / count, rPart / count, total / count,
                uOnly / count, rOnly / count, noise / count, signal / count, sqnr, m, n);
    }
}

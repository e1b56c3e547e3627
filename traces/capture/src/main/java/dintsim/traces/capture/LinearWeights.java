package dintsim.traces.capture;

import dintsim.models.quant.MatMul;

/**
 * One FP32 linear layer of the model, {@code y = W x + b}. The arrays are the model's own (shared,
 * not copied): read them, never write to them.
 *
 * @param name   dintsim layer name, e.g. {@code layer0.ffn.up}
 * @param onnxName name of the MatMul node in the ONNX graph it came from
 * @param n      output channels
 * @param k      input channels
 * @param weight N x K, row-major: row n holds the K weights of output channel n
 * @param bias   N biases
 */
public record LinearWeights(String name, String onnxName, int n, int k, float[] weight, float[] bias) {

    public LinearWeights {
        if (weight.length != (long) n * k) {
            throw new IllegalArgumentException("linear layer " + name + ": weight has " + weight.length
                    + " values, expected N x K = " + n + " x " + k);
        }
        if (bias.length != n) {
            throw new IllegalArgumentException("linear layer " + name + ": bias has " + bias.length
                    + " values, expected N = " + n);
        }
    }

    /** From a K x N matrix (as MatMul stores weights), transposed to N x K. */
    public static LinearWeights fromKxN(String name, String onnxName, int k, int n, float[] kxn, float[] bias) {
        float[] t = new float[kxn.length];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < n; c++) {
                t[c * k + r] = kxn[r * n + c];
            }
        }
        return new LinearWeights(name, onnxName, n, k, t, bias);
    }

    /** FP32 {@code Y = X W^T + b} for T rows of X (T x K); returns T x N. */
    public float[] apply(float[] x, int t) {
        if (x.length != (long) t * k) {
            throw new IllegalArgumentException("linear layer " + name + ": input has " + x.length
                    + " values, expected T x K = " + t + " x " + k);
        }
        return MatMul.linear(x, t, k, weight, bias, n);
    }
}

package dintsim.traces.quantize;

import dintsim.models.format.NumberFormat;
import dintsim.models.quant.ActivationQuantizer;
import dintsim.models.quant.FloatMatrix;
import dintsim.models.quant.MatMul;
import dintsim.models.quant.QuantizedLayer;
import dintsim.traces.capture.LinearLayer;

/**
 * A quantized linear layer for the FP32 forward pass: the input is divided by the channel
 * scaling, quantized to INT8 with the layer's static scale, multiplied by the dequantized
 * quantized weights, and the FP32 bias is added. Numerically this is the integer GEMM the trace
 * describes, times its scales.
 */
public final class FakeQuantLinear implements LinearLayer {
    private final QuantizedLayer layer;
    private final float[] inverseScaling;
    private final float[] weights;
    private final float[] bias;

    public FakeQuantLinear(QuantizedLayer layer, float[] bias) {
        this.layer = layer;
        float[] s = layer.scaling().factors();
        this.inverseScaling = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            inverseScaling[i] = 1f / s[i];
        }
        this.weights = layer.weights().dequantize();
        this.bias = bias;
    }

    @Override
    public float[] apply(String name, float[] x, int t) {
        int k = layer.weights().cols();
        int n = layer.weights().rows();
        if (x.length != (long) t * k) {
            throw new IllegalArgumentException("quantized layer " + name + ": input has " + x.length + " values, expected "
                    + t + " x " + k);
        }
        FloatMatrix scaled = FloatMatrix.of(name + ".input", t, k, x).scaleColumns(inverseScaling);
        float scale = layer.activationScale();
        float[] xq = ActivationQuantizer.dequantize(ActivationQuantizer.quantize(scaled, scale), scale);
        float[] y = MatMul.timesTransposed(xq, t, weights, n, k);
        if (bias != null) {
            for (int r = 0; r < t; r++) {
                for (int c = 0; c < n; c++) {
                    y[r * n + c] += bias[c];
                }
            }
        }
        return y;
    }

    /** The weight format, for messages. */
    public NumberFormat format() {
        return layer.weights().format();
    }
}

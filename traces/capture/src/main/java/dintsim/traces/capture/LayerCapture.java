package dintsim.traces.capture;

/**
 * What one linear layer saw during a capture: its input activations and FP32 outputs for every
 * real token (no padding), rows in sequence order then token order.
 *
 * @param name        layer name, e.g. {@code layer3.ffn.down}
 * @param m           rows: total tokens over all captured sequences
 * @param k           input channels
 * @param n           output channels
 * @param activations M x K inputs X, row-major
 * @param outputs     M x N outputs Y = X W^T + b of the layer implementation used, row-major
 */
public record LayerCapture(String name, int m, int k, int n, float[] activations, float[] outputs) {

    public LayerCapture {
        if (activations.length != (long) m * k || outputs.length != (long) m * n) {
            throw new IllegalArgumentException("capture of " + name + ": " + activations.length + " inputs and "
                    + outputs.length + " outputs do not match M = " + m + ", K = " + k + ", N = " + n);
        }
    }
}

package dintsim.traces.capture;

/**
 * How the forward pass computes one linear layer, so that a quantized implementation can stand in
 * for FP32 and the real end-to-end embedding quality can be measured.
 */
@FunctionalInterface
public interface LinearLayer {

    /**
     * Computes {@code Y = X W^T + b} for the layer called {@code name}.
     *
     * @param name a name from {@link MiniLmModel#linearLayers()}, e.g. {@code layer0.attention.query}
     * @param x    T x K activations, row-major (one row per token)
     * @param t    number of rows T
     * @return T x N outputs, row-major (a new array the caller may keep)
     */
    float[] apply(String name, float[] x, int t);
}

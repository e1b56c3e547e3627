package dintsim.models.quant;

import dintsim.models.golden.CodeMatrix;

/**
 * One quantized linear layer: N x K weight codes with their scales, M x K INT8 activation codes
 * with the per-tensor scale, the channel scaling folded into both (weights hold W diag(s), the
 * activations X diag(s)^-1), and the quality metrics.
 *
 * @param name            layer name
 * @param config          how it was quantized
 * @param weights         quantized W diag(s)
 * @param activations     INT8 codes of X diag(s)^-1
 * @param activationScale the static activation scale
 * @param scaling         the channel scaling s and its search
 * @param metrics         quality metrics
 */
public record QuantizedLayer(String name, QuantConfig config, QuantizedWeights weights, CodeMatrix activations,
                             float activationScale, ChannelScaling scaling, LayerMetrics metrics) {

    /** Per-output-channel weight scales; only defined when the weights have one scale per channel. */
    public float[] weightScales() {
        if (!weights.perChannel()) {
            throw new IllegalArgumentException("layer " + name + ": weights use groups of " + weights.groupSize()
                    + " along K, so there is no single scale per output channel");
        }
        return weights.scales().clone();
    }
}

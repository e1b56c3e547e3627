package dintsim.traces.quantize;

import dintsim.models.quant.LayerMetrics;

/**
 * The error one layer adds alone in one setting: that layer quantized, every other layer FP32.
 *
 * @param layer     layer name
 * @param setting   weight format and method
 * @param metrics   the layer's own quality (output SQNR with weights and activations quantized)
 * @param embedding the whole model's embedding quality with only this layer quantized, or null
 *                  when the source is not a whole model
 */
public record LayerSensitivity(String layer, Setting setting, LayerMetrics metrics, EmbeddingQuality embedding) {
    /**
     * The loss this layer adds alone: 1 - mean embedding cosine for a whole model, otherwise the
     * layer's relative output error power 10^(-SQNR/10).
     */
    public double loss() {
        return embedding != null ? 1 - embedding.meanCosine() : Math.pow(10, -metrics.sqnrDb() / 10);
    }
}

package dintsim.traces.quantize;

import dintsim.models.quant.LayerMetrics;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one setting over all layers.
 *
 * @param setting   format and method
 * @param layers    per-layer metrics, in model order
 * @param alphas    per layer, the migration strength the method chose (NaN: identity scaling)
 * @param embedding end-to-end embedding quality, or null when the source is not a whole model
 * @param traceSet  directory of the written trace set, or null
 */
public record SettingResult(Setting setting, List<LayerMetrics> layers, List<Double> alphas, EmbeddingQuality embedding,
                            Path traceSet) {
    public SettingResult {
        layers = List.copyOf(layers);
        alphas = List.copyOf(alphas);
        if (alphas.size() != layers.size()) {
            throw new IllegalArgumentException("setting " + setting.label() + ": " + alphas.size() + " alphas for "
                    + layers.size() + " layers");
        }
    }

    /** Layers whose chosen scaling is not the identity. */
    public long scaledLayers() {
        return alphas.stream().filter(a -> !a.isNaN()).count();
    }

    /** Underflowed weights / non-zero weights over all layers. */
    public double underflowFraction() {
        long nz = 0;
        long under = 0;
        for (LayerMetrics m : layers) {
            nz += m.nonzeroWeights();
            under += m.underflowWeights();
        }
        return nz == 0 ? 0 : (double) under / nz;
    }

    /** Mean of the per-layer output SQNRs in dB. */
    public double meanSqnrDb() {
        return layers.stream().mapToDouble(LayerMetrics::sqnrDb).average().orElse(Double.NaN);
    }

    public double minSqnrDb() {
        return layers.stream().mapToDouble(LayerMetrics::sqnrDb).min().orElse(Double.NaN);
    }

    /** Mean over layers of the underflow share of the weight-only output error. */
    public double meanUnderflowShare() {
        return layers.stream().mapToDouble(LayerMetrics::underflowShare).average().orElse(Double.NaN);
    }
}

package dintsim.reports.pipeline;

import dintsim.traces.capture.LinearLayer;
import dintsim.traces.quantize.EmbeddingQuality;
import dintsim.traces.quantize.LayerInput;
import dintsim.traces.quantize.LayerSource;
import java.util.List;
import java.util.Map;

/**
 * A layer source whose layers are computed once and shared: the settings are quantized in
 * parallel, and each would otherwise re-run the model to capture the same activations.
 */
final class MemoizedSource implements LayerSource {
    private final LayerSource source;
    private List<LayerInput> layers;

    MemoizedSource(LayerSource source) {
        this.source = source;
    }

    @Override
    public String model() {
        return source.model();
    }

    @Override
    public String description() {
        return source.description();
    }

    @Override
    public synchronized List<LayerInput> layers() {
        if (layers == null) {
            layers = List.copyOf(source.layers());
        }
        return layers;
    }

    @Override
    public EmbeddingQuality embeddingQuality(Map<String, LinearLayer> quantized) {
        return source.embeddingQuality(quantized);
    }
}

package dintsim.traces.quantize;

import dintsim.traces.capture.LinearLayer;
import java.util.List;
import java.util.Map;

/** Where a study's layers come from: the embedded MiniLM, user tensors, or a synthetic layer. */
public interface LayerSource {
    /** Model name written into trace manifests and reports. */
    String model();

    /** How the layers and calibration data were obtained (for manifests and reports). */
    String description();

    /** The layers, in model order. */
    List<LayerInput> layers();

    /**
     * End-to-end quality with the given linear layers substituted (name -> implementation), or
     * null when the source is not a whole model.
     */
    default EmbeddingQuality embeddingQuality(Map<String, LinearLayer> quantized) {
        return null;
    }
}

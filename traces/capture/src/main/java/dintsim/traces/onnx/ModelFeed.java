package dintsim.traces.onnx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs of one ONNX Runtime run, by model input name.
 *
 * @param label  what the run is, for messages ("passage 3", "ids.npy")
 * @param inputs input name -> tensor, in a fixed order
 */
public record ModelFeed(String label, Map<String, InputTensor> inputs) {
    public ModelFeed {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}

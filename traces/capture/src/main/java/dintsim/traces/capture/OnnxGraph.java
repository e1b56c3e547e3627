package dintsim.traces.capture;

import dintsim.traces.tensor.FloatTensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an ONNX model that a Java re-implementation needs: the operators in graph order
 * and the FP32 initializers (weights) by name, in file order.
 *
 * @param source       where the model came from (for error messages)
 * @param nodes        operators in the order stored (topological for exported graphs)
 * @param initializers FP32 initializers by name, in file order
 * @param inputs       names of the graph's inputs, in order (initializers listed as inputs included)
 * @param outputs      names of the graph's outputs, in order
 */
public record OnnxGraph(String source, List<OnnxNode> nodes, Map<String, FloatTensor> initializers,
                        List<String> inputs, List<String> outputs) {

    public OnnxGraph {
        nodes = List.copyOf(nodes);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        initializers = Collections.unmodifiableMap(new LinkedHashMap<>(initializers));
    }

    /** The initializer called {@code name}; missing -> IllegalArgumentException naming the model. */
    public FloatTensor initializer(String name) {
        FloatTensor t = initializers.get(name);
        if (t == null) {
            throw new IllegalArgumentException(source + ": no FP32 initializer named '" + name + "'");
        }
        return t;
    }
}

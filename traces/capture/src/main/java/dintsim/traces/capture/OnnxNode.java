package dintsim.traces.capture;

import dintsim.traces.tensor.FloatTensor;
import java.util.List;
import java.util.Map;

/**
 * One operator of an ONNX graph: its type, tensor names in and out, and the numeric attributes
 * (float, int and float-tensor attributes; string attributes are not needed here).
 *
 * @param name        node name (may be empty)
 * @param opType      operator type, e.g. {@code MatMul}
 * @param inputs      input tensor names, in order
 * @param outputs     output tensor names, in order
 * @param floats      float attributes by name ({@code f})
 * @param ints        integer attributes by name ({@code i})
 * @param tensors     tensor attributes by name ({@code t}, e.g. the value of a Constant)
 */
public record OnnxNode(String name, String opType, List<String> inputs, List<String> outputs,
                       Map<String, Float> floats, Map<String, Long> ints, Map<String, FloatTensor> tensors) {

    public OnnxNode {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        floats = Map.copyOf(floats);
        ints = Map.copyOf(ints);
        tensors = Map.copyOf(tensors);
    }

    @Override
    public String toString() {
        return opType + " " + name + " " + inputs + " -> " + outputs;
    }
}

package dintsim.traces.capture;

import dintsim.traces.tensor.FloatTensor;
import java.util.List;
import java.util.Map;

/**
 * One operator of an ONNX graph: its type, tensor names in and out, and its attributes (float,
 * int, int-list, string and float-tensor attributes; others are not needed here).
 *
 * @param name        node name (may be empty)
 * @param opType      operator type, e.g. {@code MatMul}
 * @param inputs      input tensor names, in order
 * @param outputs     output tensor names, in order
 * @param floats      float attributes by name ({@code f})
 * @param ints        integer attributes by name ({@code i})
 * @param intLists    integer-list attributes by name ({@code ints}, e.g. a Conv's strides)
 * @param strings     string attributes by name ({@code s}, e.g. a Conv's auto_pad)
 * @param tensors     tensor attributes by name ({@code t}, e.g. the value of a Constant)
 */
public record OnnxNode(String name, String opType, List<String> inputs, List<String> outputs,
                       Map<String, Float> floats, Map<String, Long> ints, Map<String, List<Long>> intLists,
                       Map<String, String> strings, Map<String, FloatTensor> tensors) {

    public OnnxNode {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        floats = Map.copyOf(floats);
        ints = Map.copyOf(ints);
        intLists = Map.copyOf(intLists);
        strings = Map.copyOf(strings);
        tensors = Map.copyOf(tensors);
    }

    @Override
    public String toString() {
        return opType + " " + name + " " + inputs + " -> " + outputs;
    }
}

package dintsim.traces.capture;

import dintsim.traces.tensor.FloatTensor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the pieces of a HuggingFace BERT ONNX export by node and tensor name: a linear layer is a
 * MatMul with an initializer K x N followed by an Add of the bias; LayerNorm is decomposed into
 * ReduceMean/Sub/Pow/Add(eps)/Sqrt/Div/Mul/Add.
 */
final class GraphIndex {

    private final OnnxGraph graph;
    private final Map<String, OnnxNode> byName = new HashMap<>();
    private final Map<String, OnnxNode> producerOf = new HashMap<>();
    private final Map<String, OnnxNode> consumerOf = new HashMap<>();

    GraphIndex(OnnxGraph graph) {
        this.graph = graph;
        for (OnnxNode n : graph.nodes()) {
            byName.put(n.name(), n);
            for (String out : n.outputs()) {
                producerOf.put(out, n);
            }
            for (String in : n.inputs()) {
                consumerOf.putIfAbsent(in, n);
            }
        }
    }

    boolean hasNode(String name) {
        return byName.containsKey(name);
    }

    private OnnxNode node(String name, String opType) {
        OnnxNode n = byName.get(name);
        if (n == null || !n.opType().equals(opType)) {
            throw new IllegalArgumentException(graph.source() + ": expected a " + opType + " node named '" + name + "'"
                    + (n == null ? "" : ", found " + n.opType()));
        }
        return n;
    }

    /** The MatMul node {@code matMulName} and its bias Add, as an N x K layer called {@code name}. */
    LinearWeights linear(String matMulName, String name) {
        OnnxNode matMul = node(matMulName, "MatMul");
        FloatTensor w = graph.initializer(matMul.inputs().get(1));
        if (w.rank() != 2) {
            throw new IllegalArgumentException(graph.source() + ": weight " + w + " of " + matMulName + " is not 2-D");
        }
        OnnxNode add = consumerOf.get(matMul.outputs().get(0));
        if (add == null || !add.opType().equals("Add")) {
            throw new IllegalArgumentException(graph.source() + ": " + matMulName + " is not followed by a bias Add");
        }
        String biasName = add.inputs().get(0).equals(matMul.outputs().get(0)) ? add.inputs().get(1) : add.inputs().get(0);
        FloatTensor bias = graph.initializer(biasName);
        int k = w.dim(0);
        int n = w.dim(1);
        return LinearWeights.fromKxN(name, matMulName, k, n, w.data(), bias.data());
    }

    /** LayerNorm whose decomposed nodes are under {@code nodePrefix}, parameters {@code paramPrefix}.weight/.bias. */
    LayerNorm layerNorm(String nodePrefix, String paramPrefix) {
        OnnxNode addEps = node(nodePrefix + "/Add", "Add");
        Float eps = null;
        for (String in : addEps.inputs()) {
            OnnxNode p = producerOf.get(in);
            if (p != null && p.opType().equals("Constant") && p.tensors().containsKey("value")) {
                eps = p.tensors().get("value").scalar();
            } else if (graph.initializers().containsKey(in)) {
                eps = graph.initializer(in).scalar();
            }
        }
        if (eps == null) {
            throw new IllegalArgumentException(graph.source() + ": no constant epsilon feeds " + nodePrefix + "/Add");
        }
        return new LayerNorm(graph.initializer(paramPrefix + ".weight").data(),
                graph.initializer(paramPrefix + ".bias").data(), eps);
    }
}

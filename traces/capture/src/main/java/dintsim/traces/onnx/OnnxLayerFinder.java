package dintsim.traces.onnx;

import dintsim.traces.capture.LinearWeights;
import dintsim.traces.capture.OnnxGraph;
import dintsim.traces.capture.OnnxNode;
import dintsim.traces.tensor.FloatTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the weight layers of any ONNX graph, in graph order:
 * <ul>
 *   <li>MatMul whose second input is a 2-D FP32 initializer B (K x N): weights B^T; a bias is the
 *       FP32 initializer of N values added by the one Add that consumes the product, if any;</li>
 *   <li>Gemm whose B is an initializer (N x K with transB = 1, else K x N): weights alpha B (as
 *       N x K), bias beta C when C has N values;</li>
 *   <li>Conv with a 4-D OIHW initializer: one GEMM per group (im2col, see
 *       {@link dintsim.models.conv.ConvShape}).</li>
 * </ul>
 * Products of two activations (attention scores) have no weights and are not layers. Layer names
 * are the node names without the leading '/' and the trailing '/OpType', with '/' as '.'.
 */
public final class OnnxLayerFinder {
    private OnnxLayerFinder() {
    }

    public static List<OnnxLayer> find(OnnxGraph graph) {
        Map<String, List<OnnxNode>> consumers = new HashMap<>();
        for (OnnxNode n : graph.nodes()) {
            for (String in : n.inputs()) {
                consumers.computeIfAbsent(in, x -> new ArrayList<>()).add(n);
            }
        }
        List<OnnxLayer> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            OnnxNode node = graph.nodes().get(i);
            String name = uniqueName(node, i, names);
            switch (node.opType()) {
                case "MatMul" -> matMul(graph, node, name, consumers, out);
                case "Gemm" -> gemm(graph, node, name, out);
                case "Conv" -> conv(graph, node, name, out);
                default -> {
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(graph.source() + ": no MatMul, Gemm or Conv node with FP32 initializer "
                    + "weights (quantized or external-data models are not read)");
        }
        return out;
    }

    private static String uniqueName(OnnxNode node, int index, Set<String> taken) {
        String n = node.name();
        if (n.startsWith("/")) {
            n = n.substring(1);
        }
        String suffix = "/" + node.opType();
        if (n.endsWith(suffix) && n.length() > suffix.length()) {
            n = n.substring(0, n.length() - suffix.length());
        }
        n = n.replace('/', '.');
        if (n.isEmpty()) {
            n = node.opType().toLowerCase(Locale.ROOT) + "_" + index;
        }
        String unique = n;
        for (int k = 2; !taken.add(unique); k++) {
            unique = n + "_" + k;
        }
        return unique;
    }

    private static FloatTensor weight(OnnxGraph graph, OnnxNode node, int input) {
        return node.inputs().size() > input ? graph.initializers().get(node.inputs().get(input)) : null;
    }

    private static void matMul(OnnxGraph graph, OnnxNode node, String name, Map<String, List<OnnxNode>> consumers,
                               List<OnnxLayer> out) {
        FloatTensor b = weight(graph, node, 1);
        if (b == null || b.rank() != 2 || graph.initializers().containsKey(node.inputs().get(0))) {
            return;
        }
        int k = b.dim(0);
        int n = b.dim(1);
        float[] bias = new float[n];
        List<OnnxNode> users = consumers.getOrDefault(node.outputs().get(0), List.of());
        if (users.size() == 1 && users.get(0).opType().equals("Add")) {
            OnnxNode add = users.get(0);
            for (String in : add.inputs()) {
                FloatTensor c = graph.initializers().get(in);
                if (c != null && c.data().length == n) {
                    bias = c.data();
                }
            }
        }
        out.add(new OnnxLayer(LinearWeights.fromKxN(name, node.name(), k, n, b.data(), bias), "MatMul",
                node.inputs().get(0), new LastAxisRows(k)));
    }

    private static void gemm(OnnxGraph graph, OnnxNode node, String name, List<OnnxLayer> out) {
        FloatTensor b = weight(graph, node, 1);
        if (b == null || b.rank() != 2) {
            return;
        }
        boolean transB = node.ints().getOrDefault("transB", 0L) != 0;
        boolean transA = node.ints().getOrDefault("transA", 0L) != 0;
        float alpha = node.floats().getOrDefault("alpha", 1f);
        float beta = node.floats().getOrDefault("beta", 1f);
        int n = transB ? b.dim(0) : b.dim(1);
        int k = transB ? b.dim(1) : b.dim(0);
        float[] w = transB ? b.data().clone() : LinearWeights.fromKxN(name, node.name(), k, n, b.data(), new float[n]).weight();
        if (alpha != 1f) {
            for (int i = 0; i < w.length; i++) {
                w[i] *= alpha;
            }
        }
        float[] bias = new float[n];
        FloatTensor c = weight(graph, node, 2);
        if (c != null) {
            if (c.data().length != n) {
                throw new IllegalArgumentException(graph.source() + ": Gemm " + node.name() + ": bias C has shape "
                        + Arrays.toString(c.shape()) + "; only a per-output-channel bias of " + n + " values is supported");
            }
            for (int i = 0; i < n; i++) {
                bias[i] = beta * c.data()[i];
            }
        }
        out.add(new OnnxLayer(new LinearWeights(name, node.name(), n, k, w, bias), "Gemm", node.inputs().get(0),
                new GemmRows(k, transA)));
    }

    private static void conv(OnnxGraph graph, OnnxNode node, String name, List<OnnxLayer> out) {
        FloatTensor w = weight(graph, node, 1);
        if (w == null) {
            return;
        }
        if (w.rank() != 4) {
            throw new IllegalArgumentException(graph.source() + ": Conv " + node.name() + ": weight " + w.name() + " has shape "
                    + Arrays.toString(w.shape()) + "; only 2-D convolutions (OIHW weights) are lowered to GEMM");
        }
        int groups = (int) (long) node.ints().getOrDefault("group", 1L);
        int filters = w.dim(0);
        int cg = w.dim(1);
        int kh = w.dim(2);
        int kw = w.dim(3);
        int[] strides = ints(graph, node, "strides", 2, 1);
        int[] dil = ints(graph, node, "dilations", 2, 1);
        int[] pads = ints(graph, node, "pads", 4, 0);
        String autoPad = node.strings().getOrDefault("auto_pad", "NOTSET");
        if (!List.of("NOTSET", "VALID", "SAME_UPPER", "SAME_LOWER").contains(autoPad)) {
            throw new IllegalArgumentException(graph.source() + ": Conv " + node.name() + ": auto_pad '" + autoPad
                    + "' is not NOTSET, VALID, SAME_UPPER or SAME_LOWER");
        }
        if (groups < 1 || filters % groups != 0) {
            throw new IllegalArgumentException(graph.source() + ": Conv " + node.name() + ": " + filters
                    + " filters cannot be split into group = " + groups);
        }
        FloatTensor b = weight(graph, node, 2);
        int ng = filters / groups;
        int k = cg * kh * kw;
        for (int g = 0; g < groups; g++) {
            float[] wg = Arrays.copyOfRange(w.data(), g * ng * k, (g + 1) * ng * k);
            float[] bg = b == null ? new float[ng] : Arrays.copyOfRange(b.data(), g * ng, (g + 1) * ng);
            String layerName = groups == 1 ? name : name + ".group" + g;
            out.add(new OnnxLayer(new LinearWeights(layerName, node.name(), ng, k, wg, bg), "Conv", node.inputs().get(0),
                    new ConvRows(cg * groups, filters, kh, kw, strides[0], strides[1], pads, dil[0], dil[1], groups, autoPad, g)));
        }
    }

    private static int[] ints(OnnxGraph graph, OnnxNode node, String attr, int count, int fallback) {
        List<Long> v = node.intLists().get(attr);
        int[] out = new int[count];
        Arrays.fill(out, fallback);
        if (v == null) {
            return out;
        }
        if (v.size() != count) {
            throw new IllegalArgumentException(graph.source() + ": Conv " + node.name() + ": attribute " + attr + " has "
                    + v.size() + " values, expected " + count + " for a 2-D convolution");
        }
        for (int i = 0; i < count; i++) {
            out[i] = Math.toIntExact(v.get(i));
        }
        return out;
    }
}

package dintsim.traces.onnx;

import dintsim.traces.capture.LinearWeights;
import java.util.Arrays;

/**
 * One weight layer of an ONNX model lowered to GEMM: weights N x K (from an initializer), the
 * graph tensor that feeds it, and how that tensor becomes M x K activation rows.
 *
 * @param weights     dintsim name, node name, N x K weights and N biases (zeros when the node has none)
 * @param opType      MatMul, Gemm or Conv
 * @param inputTensor name of the activation tensor in the graph
 * @param lowering    tensor -> rows
 */
public record OnnxLayer(LinearWeights weights, String opType, String inputTensor, ActivationLowering lowering) {

    public String name() {
        return weights.name();
    }

    /** The activation rows of one captured tensor, checked against K. */
    float[] rows(float[] data, long[] shape) {
        float[] r = lowering.rows(data, shape);
        if (r.length % weights.k() != 0) {
            throw new IllegalArgumentException("layer " + name() + ": input '" + inputTensor + "' of shape "
                    + Arrays.toString(shape) + " does not give rows of K = " + weights.k());
        }
        return r;
    }

    /** "MatMul /encoder/layer.0/attention/self/query/MatMul: 384 -> 384 (last axis)". */
    public String describe() {
        return opType + " " + weights.onnxName() + ": K = " + weights.k() + ", N = " + weights.n() + " (" + lowering.describe() + ")";
    }
}

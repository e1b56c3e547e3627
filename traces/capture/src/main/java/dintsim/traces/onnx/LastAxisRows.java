package dintsim.traces.onnx;

import java.util.Arrays;

/** MatMul input [..., K]: every leading index is one row (batch x tokens for a transformer). */
record LastAxisRows(int k) implements ActivationLowering {
    @Override
    public float[] rows(float[] data, long[] shape) {
        if (shape.length == 0 || shape[shape.length - 1] != k) {
            throw new IllegalArgumentException("input of shape " + Arrays.toString(shape) + " has no last axis of K = " + k);
        }
        return data;
    }

    @Override
    public String describe() {
        return "rows: every index but the last axis";
    }
}

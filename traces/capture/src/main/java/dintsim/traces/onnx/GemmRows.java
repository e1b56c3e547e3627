package dintsim.traces.onnx;

import java.util.Arrays;

/** Gemm input A: [M, K], or [K, M] with transA = 1 (then transposed). */
record GemmRows(int k, boolean transposed) implements ActivationLowering {
    @Override
    public float[] rows(float[] data, long[] shape) {
        if (shape.length != 2 || shape[transposed ? 0 : 1] != k) {
            throw new IllegalArgumentException("Gemm input of shape " + Arrays.toString(shape) + " is not "
                    + (transposed ? "[K, M]" : "[M, K]") + " with K = " + k);
        }
        if (!transposed) {
            return data;
        }
        int m = (int) shape[1];
        float[] out = new float[data.length];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < m; c++) {
                out[c * k + r] = data[r * m + c];
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return transposed ? "rows: columns of A (transA = 1)" : "rows: rows of A";
    }
}

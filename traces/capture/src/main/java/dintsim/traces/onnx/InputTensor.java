package dintsim.traces.onnx;

import java.util.Arrays;

/**
 * One model input of one run: shape and values (token ids and masks are integers, held exactly as
 * floats up to 2^24). {@link OnnxActivationCapture} converts them to the type the model declares.
 */
public record InputTensor(long[] shape, float[] values) {
    public InputTensor {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("input tensor shape " + Arrays.toString(shape) + " has a negative dimension");
            }
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException("input tensor shape " + Arrays.toString(shape) + " needs " + n
                    + " values, got " + values.length);
        }
    }

    /** A [1, T] row of integers (one tokenized sequence). */
    public static InputTensor row(long[] ids) {
        float[] v = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            v[i] = ids[i];
        }
        return new InputTensor(new long[] {1, ids.length}, v);
    }
}

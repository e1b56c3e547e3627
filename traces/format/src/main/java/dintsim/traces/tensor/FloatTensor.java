package dintsim.traces.tensor;

import java.util.Arrays;

/**
 * A dense tensor of floats in C (row-major) order, as read from a .npy or .safetensors file or
 * an ONNX initializer.
 *
 * @param name  the tensor's name (the file name for .npy, the initializer name for ONNX)
 * @param shape dimensions, outermost first; empty for a scalar
 * @param data  the elements, row-major; length = product of the shape
 */
public record FloatTensor(String name, int[] shape, float[] data) {
    public FloatTensor {
        long count = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor '" + name + "': negative dimension in shape " + Arrays.toString(shape));
            }
            count *= d;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("tensor '" + name + "': shape " + Arrays.toString(shape) + " has " + count
                    + " elements but " + data.length + " values were given");
        }
        shape = shape.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    /** Dimension {@code i}, outermost first. */
    public int dim(int i) {
        return shape[i];
    }

    /** The only value of a scalar or one-element tensor. */
    public float scalar() {
        if (data.length != 1) {
            throw new IllegalArgumentException("tensor '" + name + "': expected one value, has " + data.length);
        }
        return data[0];
    }

    /** The multi-index of flat element i, e.g. "[2][5]", for messages. */
    public static String index(int[] shape, long i) {
        StringBuilder s = new StringBuilder();
        long rest = i;
        long[] idx = new long[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = shape[d] == 0 ? 0 : rest % shape[d];
            rest = shape[d] == 0 ? 0 : rest / shape[d];
        }
        for (long v : idx) {
            s.append('[').append(v).append(']');
        }
        return s.toString();
    }

    /** True when names, shapes and every element (bit for bit) are equal. */
    public boolean sameContent(FloatTensor o) {
        return name.equals(o.name) && Arrays.equals(shape, o.shape) && Arrays.equals(data, o.data);
    }
}

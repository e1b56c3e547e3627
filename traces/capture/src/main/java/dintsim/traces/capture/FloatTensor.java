package dintsim.traces.capture;

import java.util.Arrays;

/**
 * A named dense FP32 tensor in row-major order, as stored in an ONNX initializer.
 *
 * @param name tensor name in the graph
 * @param dims dimensions, outermost first
 * @param data values, row-major; length is the product of {@code dims}
 */
public record FloatTensor(String name, long[] dims, float[] data) {

    public FloatTensor {
        long count = 1;
        for (long d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor " + name + ": negative dimension in " + Arrays.toString(dims));
            }
            count *= d;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("tensor " + name + ": dims " + Arrays.toString(dims) + " hold " + count
                    + " values but " + data.length + " were stored");
        }
    }

    public int rank() {
        return dims.length;
    }

    /** Dimension {@code i} as an int (every MiniLM dimension fits). */
    public int dim(int i) {
        return Math.toIntExact(dims[i]);
    }

    /** The only value of a scalar or one-element tensor. */
    public float scalar() {
        if (data.length != 1) {
            throw new IllegalArgumentException("tensor " + name + ": expected one value, has " + data.length);
        }
        return data[0];
    }

    @Override
    public String toString() {
        return name + Arrays.toString(dims);
    }
}

package dintsim.models.quant;

import java.util.Arrays;

/**
 * A named rows x cols matrix of finite floats, row-major. Weights are N x K (one row per output
 * channel), activations M x K (one row per token). Construction checks shape and finiteness once,
 * so every quantizer can trust its input; errors name the tensor and the element.
 */
public final class FloatMatrix {
    private final String name;
    private final int rows;
    private final int cols;
    private final float[] data;

    private FloatMatrix(String name, int rows, int cols, float[] data) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** Wraps {@code data} (not copied) after checking shape and that every value is finite. */
    public static FloatMatrix of(String name, int rows, int cols, float[] data) {
        if (data == null) {
            throw new IllegalArgumentException("tensor '" + name + "': no data");
        }
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("tensor '" + name + "': shape " + rows + " x " + cols + " must be positive");
        }
        if ((long) rows * cols != data.length) {
            throw new IllegalArgumentException("tensor '" + name + "': shape " + rows + " x " + cols + " needs "
                    + (long) rows * cols + " values, got " + data.length);
        }
        for (int i = 0; i < data.length; i++) {
            if (!Float.isFinite(data[i])) {
                throw new IllegalArgumentException("tensor '" + name + "': element [" + i / cols + "][" + i % cols
                        + "] is " + data[i] + " (NaN and infinite values cannot be quantized)");
            }
        }
        return new FloatMatrix(name, rows, cols, data);
    }

    /** For values this package computed from checked inputs (finite by construction). */
    static FloatMatrix trusted(String name, int rows, int cols, float[] data) {
        return new FloatMatrix(name, rows, cols, data);
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The backing array (not copied: callers must not modify it). */
    public float[] data() {
        return data;
    }

    public float get(int r, int c) {
        return data[r * cols + c];
    }

    /** The rows at the given indices, in that order. */
    public FloatMatrix selectRows(int[] indices) {
        float[] out = new float[indices.length * cols];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(data, indices[i] * cols, out, i * cols, cols);
        }
        return new FloatMatrix(name, indices.length, cols, out);
    }

    /** Rows stacked below each other; all parts must have the same number of columns. */
    public static FloatMatrix stack(String name, java.util.List<FloatMatrix> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("tensor '" + name + "': nothing to stack (empty calibration set?)");
        }
        int cols = parts.get(0).cols;
        long total = 0;
        for (FloatMatrix p : parts) {
            if (p.cols != cols) {
                throw new IllegalArgumentException("tensor '" + name + "': part '" + p.name + "' has " + p.cols
                        + " columns, expected " + cols);
            }
            total += p.rows;
        }
        if (total * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("tensor '" + name + "': " + total + " x " + cols + " is too large for one array");
        }
        float[] out = new float[(int) total * cols];
        int at = 0;
        for (FloatMatrix p : parts) {
            System.arraycopy(p.data, 0, out, at, p.data.length);
            at += p.data.length;
        }
        return new FloatMatrix(name, (int) total, cols, out);
    }

    /** max |x| of every column. */
    public float[] columnAbsMax() {
        float[] out = new float[cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] = Math.max(out[c], Math.abs(data[base + c]));
            }
        }
        return out;
    }

    /** mean |x| of every column. */
    public double[] columnAbsMean() {
        double[] out = new double[cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += Math.abs(data[base + c]);
            }
        }
        for (int c = 0; c < cols; c++) {
            out[c] /= rows;
        }
        return out;
    }

    /** Each column c multiplied by factors[c] (a new matrix). */
    public FloatMatrix scaleColumns(float[] factors) {
        float[] out = new float[data.length];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = data[base + c] * factors[c];
            }
        }
        return new FloatMatrix(name, rows, cols, out);
    }

    @Override
    public String toString() {
        return "tensor '" + name + "' " + rows + " x " + cols;
    }

    /** Content equality (tests). */
    public boolean sameValues(FloatMatrix o) {
        return rows == o.rows && cols == o.cols && Arrays.equals(data, o.data);
    }
}

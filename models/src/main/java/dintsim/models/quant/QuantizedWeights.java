package dintsim.models.quant;

import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;

/**
 * Weights quantized to a format: N x K codes and one scale per output channel and group
 * (N x groups, groups = K / groupSize rounded up). Real value = format value of the code x scale.
 */
public final class QuantizedWeights {
    private final NumberFormat format;
    private final int rows;
    private final int cols;
    private final int groupSize;
    private final byte[] codes;
    private final float[] scales;
    private final double[] clipRatios;

    QuantizedWeights(NumberFormat format, int rows, int cols, int groupSize, byte[] codes, float[] scales,
                     double[] clipRatios) {
        this.format = format;
        this.rows = rows;
        this.cols = cols;
        this.groupSize = groupSize;
        this.codes = codes;
        this.scales = scales;
        this.clipRatios = clipRatios;
    }

    public NumberFormat format() {
        return format;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Columns per scale; equals {@link #cols()} for per-channel quantization. */
    public int groupSize() {
        return groupSize;
    }

    public int groups() {
        return (cols + groupSize - 1) / groupSize;
    }

    public boolean perChannel() {
        return groupSize == cols;
    }

    /** Codes, row-major (not copied). */
    public byte[] codes() {
        return codes;
    }

    /** Scales, N x groups row-major (not copied). */
    public float[] scales() {
        return scales;
    }

    /** The clip ratio the search chose for each scale. */
    public double[] clipRatios() {
        return clipRatios.clone();
    }

    public float scale(int row, int col) {
        return scales[row * groups() + col / groupSize];
    }

    /** Real values, N x K. */
    public float[] dequantize() {
        double[] lut = valueTable(format);
        float[] out = new float[codes.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                out[i] = (float) (lut[codes[i] & 0xFF] * scale(r, c));
            }
        }
        return out;
    }

    /** The codes as the golden model's matrix type. */
    public CodeMatrix toCodeMatrix() {
        return new CodeMatrix(format, rows, cols, codes);
    }

    static double[] valueTable(NumberFormat format) {
        double[] lut = new double[format.codeCount()];
        for (int c = 0; c < lut.length; c++) {
            lut[c] = format.isValid(c) ? format.value(c) : Double.NaN;
        }
        return lut;
    }
}

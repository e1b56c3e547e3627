package dintsim.models.golden;

import dintsim.models.format.CodePoint;
import dintsim.models.format.NumberFormat;
import java.util.SplittableRandom;

/**
 * A rows x cols matrix of codes of one format, row-major, one code per byte (the unsigned bit
 * pattern). Activations are M x K; weights are N x K (one row per output channel, as in a
 * linear layer's weight). Every code is checked against the format once, here.
 */
public final class CodeMatrix {
    private final NumberFormat format;
    private final int rows;
    private final int cols;
    private final byte[] codes;

    public CodeMatrix(NumberFormat format, int rows, int cols, byte[] codes) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("matrix of " + format.name() + " codes: shape " + rows + " x " + cols + " must be positive");
        }
        if ((long) rows * cols != codes.length) {
            throw new IllegalArgumentException("matrix of " + format.name() + " codes: shape " + rows + " x " + cols
                    + " needs " + (long) rows * cols + " codes, got " + codes.length);
        }
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i] & 0xFF;
            if (!format.isValid(c)) {
                throw new IllegalArgumentException("matrix of " + format.name() + " codes: element [" + i / cols + "][" + i % cols
                        + "] has " + (c >= format.codeCount() ? "code " + c + " wider than " + format.bits() + " bits"
                        : "reserved code " + format.bitPattern(c)));
            }
        }
        this.format = format;
        this.rows = rows;
        this.cols = cols;
        this.codes = codes;
    }

    /** Uniformly random valid codes of the format, drawn in row-major order from {@code random}. */
    public static CodeMatrix random(NumberFormat format, int rows, int cols, SplittableRandom random) {
        int[] valid = format.codePoints().stream().mapToInt(CodePoint::code).toArray();
        byte[] codes = new byte[Math.multiplyExact(rows, cols)];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (byte) valid[random.nextInt(valid.length)];
        }
        return new CodeMatrix(format, rows, cols, codes);
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

    /** The code at [r][c] as an unsigned bit pattern. */
    public int code(int r, int c) {
        return codes[r * cols + c] & 0xFF;
    }

    /** The backing array (not copied: callers must not modify it). */
    public byte[] codes() {
        return codes;
    }

    /** Fixed values (units 2^-fractionBits) as bytes; every dintsim format of 8 bits or less fits. */
    public byte[] fixedValues() {
        byte[] lut = new byte[256];
        for (int c = 0; c < format.codeCount(); c++) {
            if (format.isValid(c)) {
                int v = format.fixedValue(c);
                if (v < Byte.MIN_VALUE || v > Byte.MAX_VALUE) {
                    throw new IllegalArgumentException("format " + format.name() + ": fixed value " + v
                            + " of code " + format.bitPattern(c) + " does not fit in a byte");
                }
                lut[c] = (byte) v;
            }
        }
        byte[] out = new byte[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = lut[codes[i] & 0xFF];
        }
        return out;
    }
}

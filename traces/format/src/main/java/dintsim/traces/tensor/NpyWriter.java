package dintsim.traces.tensor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link FloatTensor} as a .npy file (format 1.0, or 2.0 for very long headers), C order. */
public final class NpyWriter {
    private NpyWriter() {
    }

    /** As little-endian float32. */
    public static void write(Path file, FloatTensor t) {
        write(file, t, NpyDtype.F4);
    }

    /**
     * In the given dtype. F2 rounds to nearest even and refuses values that overflow it; I1
     * refuses values that are not integers in -128..127; I4 and I8
     * refuse non-integers.
     */
    public static void write(Path file, FloatTensor t, NpyDtype dtype) {
        StringBuilder shape = new StringBuilder("(");
        for (int d : t.shape()) {
            shape.append(d).append(", ");
        }
        if (t.rank() > 0) {
            shape.setLength(shape.length() - (t.rank() == 1 ? 1 : 2));
        }
        shape.append(')');
        String dict = "{'descr': '" + dtype.descr() + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int prefix = dict.length() + 1 > 0xFFFF - 64 ? 12 : 10;
        int padded = (prefix + dict.length() + 1 + 63) / 64 * 64 - prefix; // data 64-byte aligned, as numpy does
        String header = dict + " ".repeat(padded - dict.length() - 1) + "\n";
        ByteBuffer b = ByteBuffer.allocate(prefix + padded + t.data().length * dtype.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyReader.MAGIC).put((byte) (prefix == 10 ? 1 : 2)).put((byte) 0);
        if (prefix == 10) {
            b.putShort((short) padded);
        } else {
            b.putInt(padded);
        }
        b.put(header.getBytes(StandardCharsets.ISO_8859_1));
        putData(b, t, dtype);
        try {
            Files.write(file, b.array());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static void putData(ByteBuffer b, FloatTensor t, NpyDtype dtype) {
        float[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            switch (dtype) {
                case F4:
                    b.putFloat(d[i]);
                    break;
                case F8:
                    b.putDouble(d[i]);
                    break;
                case F2: {
                    short h = HalfFloats.floatToHalf(d[i]);
                    if (Float.isFinite(d[i]) && !Float.isFinite(HalfFloats.halfToFloat(h))) {
                        throw new IllegalArgumentException("tensor '" + t.name() + "' element " + i + ": " + d[i]
                                + " overflows float16");
                    }
                    b.putShort(h);
                    break;
                }
                case I4:
                case I8:
                    if (d[i] != Math.rint(d[i])) {
                        throw new IllegalArgumentException("tensor '" + t.name() + "' element " + i + ": " + d[i]
                                + " is not an integer");
                    }
                    if (dtype == NpyDtype.I4) {
                        b.putInt((int) d[i]);
                    } else {
                        b.putLong((long) d[i]);
                    }
                    break;
                default:
                    if (d[i] != Math.rint(d[i]) || d[i] < -128 || d[i] > 127) {
                        throw new IllegalArgumentException("tensor '" + t.name() + "' element " + i + ": " + d[i]
                                + " is not an int8 value");
                    }
                    b.put((byte) d[i]);
            }
        }
    }
}

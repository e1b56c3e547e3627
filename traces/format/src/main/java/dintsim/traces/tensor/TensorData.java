package dintsim.traces.tensor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Shared by the importers: whole-file reads and bulk little-endian decoding with finiteness checks. */
final class TensorData {
    /** Largest element count of one tensor (Java arrays are int-indexed). */
    static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private TensorData() {
    }

    static byte[] readAll(Path file) {
        try {
            if (Files.size(file) > Integer.MAX_VALUE - 8) {
                throw new TensorFormatException(file + ": larger than this reader's 2 GB limit");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TensorFormatException(file + ": no such file");
        } catch (IOException e) {
            throw new TensorFormatException(file + ": cannot read: " + e);
        }
    }

    static long count(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n *= d;
            if (n > MAX_ELEMENTS) {
                return Long.MAX_VALUE;
            }
        }
        return n;
    }

    /** Kinds of element encodings the importers meet. */
    enum Encoding { F32, F16, BF16, F64, I8, I32, I64 }

    /** Largest integer magnitude a float32 holds exactly. */
    static final long EXACT_FLOAT_INT = 1L << 24;

    /**
     * Decodes {@code count} elements at {@code bytes[offset ..]}; rejects NaN, infinities and
     * doubles beyond the float range, naming the element (flat and multi-index) and its file
     * offset ({@code fileOffset} is where {@code bytes[offset]} lies in the file).
     */
    static float[] decode(Path file, String tensor, byte[] bytes, int offset, long fileOffset, int count, Encoding e,
                          int[] shape) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, bytes.length - offset).slice().order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[count];
        int size;
        switch (e) {
            case F32:
                b.asFloatBuffer().get(out, 0, count);
                size = 4;
                break;
            case F16:
            case BF16: {
                ShortBuffer s = b.asShortBuffer();
                short[] raw = new short[count];
                s.get(raw);
                for (int i = 0; i < count; i++) {
                    out[i] = e == Encoding.F16 ? HalfFloats.halfToFloat(raw[i]) : HalfFloats.bf16ToFloat(raw[i]);
                }
                size = 2;
                break;
            }
            case F64: {
                DoubleBuffer d = b.asDoubleBuffer();
                double[] raw = new double[count];
                d.get(raw);
                for (int i = 0; i < count; i++) {
                    if (Double.isFinite(raw[i]) && Math.abs(raw[i]) > Float.MAX_VALUE) {
                        throw TensorFormatException.at(file, fileOffset + 8L * i, "tensor '" + tensor + "' element " + i
                                + " " + FloatTensor.index(shape, i), "value " + raw[i] + " is beyond the float32 range");
                    }
                    out[i] = (float) raw[i];
                }
                size = 8;
                break;
            }
            case I32:
            case I64: {
                size = e == Encoding.I32 ? 4 : 8;
                for (int i = 0; i < count; i++) {
                    long v = e == Encoding.I32 ? b.getInt(4 * i) : b.getLong(8 * i);
                    if (Math.abs(v) > EXACT_FLOAT_INT) {
                        throw TensorFormatException.at(file, fileOffset + (long) size * i, "tensor '" + tensor + "' element "
                                + i + " " + FloatTensor.index(shape, i), "integer " + v + " is beyond +-2^24, which float32 "
                                + "cannot hold exactly");
                    }
                    out[i] = v;
                }
                break;
            }
            default:
                for (int i = 0; i < count; i++) {
                    out[i] = bytes[offset + i];
                }
                size = 1;
        }
        for (int i = 0; i < count; i++) {
            if (!Float.isFinite(out[i])) {
                throw TensorFormatException.at(file, fileOffset + (long) size * i, "tensor '" + tensor + "' element " + i
                        + " " + FloatTensor.index(shape, i), "value is " + out[i] + "; tensors must be finite");
            }
        }
        return out;
    }
}

package dintsim.traces.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads NumPy .npy files (format versions 1.0, 2.0 and 3.0) of dtype {@code <f4}, {@code <f2},
 * {@code <f8} or int8, C order, into a {@link FloatTensor} named after the file.
 */
public final class NpyReader {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private NpyReader() {
    }

    public static FloatTensor read(Path file) {
        byte[] bytes = TensorData.readAll(file);
        String name = file.getFileName().toString().replaceFirst("\\.npy$", "");
        if (bytes.length < 8) {
            throw TensorFormatException.at(file, bytes.length, "magic and version", "truncated: the file has only "
                    + bytes.length + " bytes");
        }
        if (!Arrays.equals(Arrays.copyOf(bytes, 6), MAGIC)) {
            throw TensorFormatException.at(file, 0, "magic", "not a .npy file (expected \\x93NUMPY)");
        }
        int major = bytes[6];
        int minor = bytes[7];
        if (major < 1 || major > 3 || minor != 0) {
            throw TensorFormatException.at(file, 6, "version", "unknown .npy format version " + major + "." + minor
                    + " (known: 1.0, 2.0, 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        if (bytes.length < 8 + lengthBytes) {
            throw TensorFormatException.at(file, 8, "header length", "truncated: the file ends at byte " + bytes.length);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? b.getShort(8) & 0xFFFF : b.getInt(8) & 0xFFFFFFFFL;
        int headerAt = 8 + lengthBytes;
        if (headerAt + headerLength > bytes.length) {
            throw TensorFormatException.at(file, 8, "header length", "truncated: header of " + headerLength
                    + " bytes but the file ends at byte " + bytes.length);
        }
        String text = new String(bytes, headerAt, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader h;
        try {
            h = NpyHeader.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw TensorFormatException.at(file, headerAt, "header", e.getMessage());
        }
        if (h.fortranOrder()) {
            throw TensorFormatException.at(file, headerAt, "header 'fortran_order'", "the array is in Fortran "
                    + "(column-major) order; only C order is supported (save np.ascontiguousarray(a))");
        }
        NpyDtype dtype = NpyDtype.of(h.descr());
        if (dtype == null) {
            throw TensorFormatException.at(file, headerAt, "header 'descr'", "dtype '" + h.descr() + "' is not supported"
                    + (h.descr().startsWith(">") ? " (big-endian; save with a little-endian dtype)" : "")
                    + " (supported: <f4, <f2, <f8, |i1, <i4, <i8)");
        }
        long count = TensorData.count(h.shape());
        int dataAt = headerAt + (int) headerLength;
        if (count > TensorData.MAX_ELEMENTS) {
            throw TensorFormatException.at(file, headerAt, "header 'shape'", "shape " + Arrays.toString(h.shape())
                    + " has more elements than this reader's limit of " + TensorData.MAX_ELEMENTS);
        }
        long needed = count * dtype.size();
        long available = bytes.length - dataAt;
        if (available < needed) {
            throw TensorFormatException.at(file, dataAt, "data", "truncated: shape " + Arrays.toString(h.shape()) + " of "
                    + h.descr() + " needs " + needed + " bytes but only " + available + " remain");
        }
        if (available > needed) {
            throw TensorFormatException.at(file, dataAt + needed, "end of file", (available - needed)
                    + " trailing bytes after the data of shape " + Arrays.toString(h.shape()));
        }
        float[] data = TensorData.decode(file, name, bytes, dataAt, dataAt, (int) count, encoding(dtype), h.shape());
        return new FloatTensor(name, h.shape(), data);
    }

    private static TensorData.Encoding encoding(NpyDtype d) {
        switch (d) {
            case F4:
                return TensorData.Encoding.F32;
            case F2:
                return TensorData.Encoding.F16;
            case F8:
                return TensorData.Encoding.F64;
            case I4:
                return TensorData.Encoding.I32;
            case I8:
                return TensorData.Encoding.I64;
            default:
                return TensorData.Encoding.I8;
        }
    }
}

package dintsim.traces.tensor;

import dintsim.models.io.JsonErrors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A .safetensors file: an 8-byte little-endian header length, a JSON header mapping tensor
 * names to {dtype, shape, data_offsets}, then the data. Opening reads and checks the header
 * only; {@link #read} reads one tensor's bytes. Dtypes F32, F16 and BF16 are converted to float.
 */
public final class SafetensorsFile {
    /** Header size limit (the reference implementation's is 100 MB). */
    static final long MAX_HEADER = 100L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final long dataStart;
    private final Map<String, Entry> entries;

    private record Entry(String dtype, int[] shape, long begin, long end) {
    }

    private SafetensorsFile(Path file, long dataStart, Map<String, Entry> entries) {
        this.file = file;
        this.dataStart = dataStart;
        this.entries = entries;
    }

    public static SafetensorsFile open(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 8) {
                throw TensorFormatException.at(file, 0, "header length", "truncated: the file has only " + size + " bytes");
            }
            long headerLength = read(ch, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (headerLength < 2 || headerLength > MAX_HEADER) {
                throw TensorFormatException.at(file, 0, "header length", "header length " + Long.toUnsignedString(headerLength)
                        + " is not in 2.." + MAX_HEADER + " (not a safetensors file?)");
            }
            if (8 + headerLength > size) {
                throw TensorFormatException.at(file, 0, "header length", "truncated: header of " + headerLength
                        + " bytes but the file ends at byte " + size);
            }
            String json = StandardCharsets.UTF_8.decode(read(ch, 8, (int) headerLength)).toString();
            Map<String, Entry> entries = parse(file, json, size - 8 - headerLength);
            return new SafetensorsFile(file, 8 + headerLength, entries);
        } catch (NoSuchFileException e) {
            throw new TensorFormatException(file + ": no such file");
        } catch (IOException e) {
            throw new TensorFormatException(file + ": cannot read: " + e);
        }
    }

    private static ByteBuffer read(FileChannel ch, long position, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b, position + b.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
        return b.flip();
    }

    private static Map<String, Entry> parse(Path file, String json, long dataLength) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw TensorFormatException.at(file, 8, "header", "not valid JSON: " + JsonErrors.describe(e));
        }
        if (root == null || !root.isObject()) {
            throw TensorFormatException.at(file, 8, "header", "the header must be a JSON object");
        }
        Map<String, Entry> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().equals("__metadata__")) {
                continue;
            }
            out.put(f.getKey(), entry(file, f.getKey(), f.getValue(), dataLength));
        }
        return out;
    }

    private static Entry entry(Path file, String name, JsonNode n, long dataLength) {
        String where = "header, tensor '" + name + "'";
        JsonNode dtype = n.get("dtype");
        JsonNode shape = n.get("shape");
        JsonNode offsets = n.get("data_offsets");
        if (dtype == null || !dtype.isTextual() || shape == null || !shape.isArray() || offsets == null
                || !offsets.isArray() || offsets.size() != 2) {
            throw TensorFormatException.at(file, 8, where, "needs \"dtype\" (string), \"shape\" (array) and "
                    + "\"data_offsets\" ([begin, end])");
        }
        int[] dims = new int[shape.size()];
        for (int i = 0; i < dims.length; i++) {
            if (!shape.get(i).canConvertToInt() || shape.get(i).asInt() < 0 || !shape.get(i).isIntegralNumber()) {
                throw TensorFormatException.at(file, 8, where + " shape[" + i + "]", "'" + shape.get(i)
                        + "' is not a non-negative integer");
            }
            dims[i] = shape.get(i).asInt();
        }
        if (!offsets.get(0).isIntegralNumber() || !offsets.get(1).isIntegralNumber()) {
            throw TensorFormatException.at(file, 8, where + " data_offsets", "offsets must be integers");
        }
        long begin = offsets.get(0).asLong();
        long end = offsets.get(1).asLong();
        if (begin < 0 || end < begin) {
            throw TensorFormatException.at(file, 8, where + " data_offsets", "[" + begin + ", " + end + "] is not a range");
        }
        if (end > dataLength) {
            throw TensorFormatException.at(file, 8, where + " data_offsets", "truncated: data ends at " + end
                    + " but the file has only " + dataLength + " data bytes");
        }
        int size = itemSize(dtype.asText());
        long count = TensorData.count(dims);
        if (size > 0 && (count > TensorData.MAX_ELEMENTS || count * size != end - begin)) {
            throw TensorFormatException.at(file, 8, where, "shape " + Arrays.toString(dims) + " of " + dtype.asText()
                    + " needs " + (count > TensorData.MAX_ELEMENTS ? "more than " + TensorData.MAX_ELEMENTS + " elements"
                    : count * size + " bytes") + " but data_offsets span " + (end - begin));
        }
        return new Entry(dtype.asText(), dims, begin, end);
    }

    /** Bytes per element of a supported dtype, 0 for others (listed, but not readable). */
    private static int itemSize(String dtype) {
        switch (dtype) {
            case "F32":
                return 4;
            case "F16":
            case "BF16":
                return 2;
            default:
                return 0;
        }
    }

    /** Tensor names, sorted. */
    public List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /** The shape of a tensor without reading it. */
    public int[] shape(String name) {
        return entry(name).shape().clone();
    }

    public String dtype(String name) {
        return entry(name).dtype();
    }

    private Entry entry(String name) {
        Entry e = entries.get(name);
        if (e == null) {
            List<String> names = names();
            String known = names.size() <= 20 ? String.join(", ", names)
                    : String.join(", ", names.subList(0, 20)) + ", ... (" + names.size() + " in all)";
            throw new TensorFormatException(file + ": no tensor named '" + name + "' (tensors: " + known + ")");
        }
        return e;
    }

    /** Reads one tensor as floats. */
    public FloatTensor read(String name) {
        Entry e = entry(name);
        TensorData.Encoding enc;
        switch (e.dtype()) {
            case "F32":
                enc = TensorData.Encoding.F32;
                break;
            case "F16":
                enc = TensorData.Encoding.F16;
                break;
            case "BF16":
                enc = TensorData.Encoding.BF16;
                break;
            default:
                throw TensorFormatException.at(file, 8, "header, tensor '" + name + "' dtype", "dtype " + e.dtype()
                        + " is not supported (F32, F16, BF16)");
        }
        int length = (int) (e.end() - e.begin());
        byte[] bytes;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            bytes = read(ch, dataStart + e.begin(), length).array();
        } catch (IOException ex) {
            throw new UncheckedIOException(file + ": cannot read tensor '" + name + "': " + ex.getMessage(), ex);
        }
        int count = (int) TensorData.count(e.shape());
        return new FloatTensor(name, e.shape(),
                TensorData.decode(file, name, bytes, 0, dataStart + e.begin(), count, enc, e.shape()));
    }
}

package dintsim.traces.tensor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a .safetensors file as the safetensors library lays it out: header length, JSON header
 * (tensors sorted by name, contiguous data offsets), data. F32 or BF16 (BF16 truncates toward
 * zero, so write values a BF16 holds exactly when they must read back equal).
 */
public final class SafetensorsWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SafetensorsWriter() {
    }

    public static void write(Path file, List<FloatTensor> tensors, String dtype) {
        if (!dtype.equals("F32") && !dtype.equals("BF16")) {
            throw new IllegalArgumentException("safetensors writer: dtype " + dtype + " is not F32 or BF16");
        }
        int size = dtype.equals("F32") ? 4 : 2;
        Map<String, FloatTensor> sorted = new TreeMap<>();
        for (FloatTensor t : tensors) {
            if (sorted.put(t.name(), t) != null) {
                throw new IllegalArgumentException("safetensors writer: tensor '" + t.name() + "' given twice");
            }
        }
        Map<String, Object> header = new LinkedHashMap<>();
        long offset = 0;
        for (FloatTensor t : sorted.values()) {
            long end = offset + (long) t.data().length * size;
            header.put(t.name(), Map.of("dtype", dtype, "shape", t.shape(), "data_offsets", new long[] {offset, end}));
            offset = end;
        }
        try {
            byte[] h = JSON.writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(8 + h.length + offset)).order(ByteOrder.LITTLE_ENDIAN);
            b.putLong(h.length).put(h);
            for (FloatTensor t : sorted.values()) {
                for (float v : t.data()) {
                    if (size == 4) {
                        b.putFloat(v);
                    } else {
                        b.putShort((short) (Float.floatToRawIntBits(v) >>> 16));
                    }
                }
            }
            Files.write(file, b.array());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}

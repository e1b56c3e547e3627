package dintsim.traces.io;

import dintsim.models.format.Formats;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.traces.LayerTrace;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Writes a {@link LayerTrace} in the trace format (traces/format/FORMAT.md). The output depends only
 * on the trace: no time stamps, so equal traces give equal files.
 */
public final class TraceWriter {
    private TraceWriter() {
    }

    public static void write(LayerTrace trace, Path file) {
        checkWritable(trace);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ByteBuffer preamble = ByteBuffer.allocate(TraceLayout.PREAMBLE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            preamble.put(TraceLayout.MAGIC).putShort((short) TraceLayout.VERSION)
                    .putShort((short) (trace.referenceOutput() != null ? TraceLayout.FLAG_REFERENCE : 0));
            out.write(preamble.array());
            section(out, TraceLayout.Section.HEADER, header(trace));
            section(out, TraceLayout.Section.WEIGHTS,
                    CodePacking.pack(trace.weights().codes(), trace.weights().format().bits()));
            section(out, TraceLayout.Section.ACTIVATIONS,
                    CodePacking.pack(trace.activations().codes(), trace.activations().format().bits()));
            if (trace.referenceOutput() != null) {
                section(out, TraceLayout.Section.REFERENCE, floats(trace.referenceOutput()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write trace: " + e.getMessage(), e);
        }
    }

    /** Refuses what the reader would reject, so that a written file always reads back. */
    private static void checkWritable(LayerTrace t) {
        String where = "layer " + t.layer() + ": ";
        String p = TraceLayout.scaleProblem(t.activationScale());
        if (p != null) {
            throw new IllegalArgumentException(where + "activation scale " + p);
        }
        for (int n = 0; n < t.weightScales().length; n++) {
            p = TraceLayout.scaleProblem(t.weightScales()[n]);
            if (p != null) {
                throw new IllegalArgumentException(where + "weight scale [" + n + "] " + p);
            }
        }
        float[] ref = t.referenceOutput();
        for (int i = 0; ref != null && i < ref.length; i++) {
            if (!Float.isFinite(ref[i])) {
                throw new IllegalArgumentException(where + "reference output [" + i / t.n() + "][" + i % t.n()
                        + "] is " + ref[i]);
            }
        }
        if (t.layer().getBytes(StandardCharsets.UTF_8).length > 0xFFFF) {
            throw new IllegalArgumentException(where + "layer name longer than 65535 UTF-8 bytes");
        }
    }

    private static byte[] header(LayerTrace t) {
        byte[] name = t.layer().getBytes(StandardCharsets.UTF_8);
        byte[] wSpec = Formats.toJson(t.weights().format().spec()).getBytes(StandardCharsets.UTF_8);
        byte[] aSpec = Formats.toJson(t.activations().format().spec()).getBytes(StandardCharsets.UTF_8);
        int size = 2 + name.length + 12 + 4 + wSpec.length + 4 + aSpec.length + 4 + 4 + 4 * t.n();
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) name.length).put(name);
        b.putInt(t.m()).putInt(t.k()).putInt(t.n());
        b.putInt(wSpec.length).put(wSpec);
        b.putInt(aSpec.length).put(aSpec);
        AccumulatorSpec acc = t.accumulator();
        b.put((byte) acc.width()).put((byte) acc.fractionBits()).put((byte) TraceLayout.policyCode(acc.overflow())).put((byte) 0);
        b.putFloat(t.activationScale());
        b.asFloatBuffer().put(t.weightScales());
        return b.array();
    }

    private static byte[] floats(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(4, values.length)).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return b.array();
    }

    private static void section(OutputStream out, TraceLayout.Section s, byte[] payload) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        head.put(s.tagBytes()).putLong(payload.length);
        out.write(head.array());
        out.write(payload);
        CRC32 crc = new CRC32();
        crc.update(payload, 0, payload.length);
        ByteBuffer tail = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        tail.putInt((int) crc.getValue());
        out.write(tail.array());
    }
}

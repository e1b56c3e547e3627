package dintsim.traces.capture;

import com.google.protobuf.CodedOutputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnnxReaderTest {

    /** Serialises a message body written by {@code body} and returns its bytes. */
    private interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    private static byte[] message(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        body.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] rawTensor(String name, float[] values, long... dims) throws IOException {
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            raw.putFloat(v);
        }
        return message(out -> {
            for (long d : dims) {
                out.writeInt64(1, d); // unpacked dims
            }
            out.writeInt32(2, 1);
            out.writeString(8, name);
            out.writeByteArray(9, raw.array());
        });
    }

    private static byte[] floatDataTensor(String name, float[] values, long... dims) throws IOException {
        byte[] packedDims = message(out -> {
            for (long d : dims) {
                out.writeInt64NoTag(d);
            }
        });
        byte[] packedFloats = message(out -> {
            for (float v : values) {
                out.writeFloatNoTag(v);
            }
        });
        return message(out -> {
            out.writeByteArray(1, packedDims);
            out.writeInt32(2, 1);
            out.writeByteArray(4, packedFloats);
            out.writeString(8, name);
        });
    }

    private static byte[] model(byte[]... graphParts) throws IOException {
        byte[] graph = message(out -> {
            for (byte[] part : graphParts) {
                out.writeRawBytes(part);
            }
        });
        return message(out -> {
            out.writeInt64(1, 8); // ir_version, skipped
            out.writeByteArray(7, graph);
        });
    }

    @Test
    void readsNodesAndInitializersInRawAndFloatForm() throws IOException {
        byte[] w = rawTensor("w", new float[]{1, 2, 3, 4, 5, 6}, 2, 3);
        byte[] b = floatDataTensor("b", new float[]{-1.5f, 0.25f, 7f}, 3);
        byte[] int64 = message(out -> {
            out.writeInt64(1, 1);
            out.writeInt32(2, 7); // INT64: not needed, skipped
            out.writeString(8, "shape");
        });
        byte[] eps = rawTensor("", new float[]{1e-12f});
        byte[] attrEps = message(out -> {
            out.writeString(1, "value");
            out.writeByteArray(5, eps);
        });
        byte[] attrAxis = message(out -> {
            out.writeString(1, "axis");
            out.writeInt64(3, -1);
        });
        byte[] node = message(out -> {
            out.writeString(1, "x");
            out.writeString(1, "w");
            out.writeString(2, "y");
            out.writeString(3, "/mm");
            out.writeString(4, "MatMul");
            out.writeByteArray(5, attrEps);
            out.writeByteArray(5, attrAxis);
        });
        byte[] bytes = model(tag(1, node), tag(5, w), tag(5, b), tag(5, int64));

        OnnxGraph g = OnnxReader.read("test.onnx", bytes);

        assertEquals(1, g.nodes().size());
        OnnxNode n = g.nodes().get(0);
        assertEquals("MatMul", n.opType());
        assertEquals("/mm", n.name());
        assertEquals(java.util.List.of("x", "w"), n.inputs());
        assertEquals(java.util.List.of("y"), n.outputs());
        assertEquals(1e-12f, n.tensors().get("value").scalar());
        assertEquals(-1L, n.ints().get("axis"));
        assertEquals(java.util.List.of("w", "b"), java.util.List.copyOf(g.initializers().keySet()));
        assertArrayEquals(new int[]{2, 3}, g.initializer("w").shape());
        assertArrayEquals(new float[]{1, 2, 3, 4, 5, 6}, g.initializer("w").data());
        assertArrayEquals(new float[]{-1.5f, 0.25f, 7f}, g.initializer("b").data());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> g.initializer("shape"));
        assertTrue(missing.getMessage().contains("test.onnx"), missing.getMessage());
    }

    private static byte[] tag(int field, byte[] body) throws IOException {
        return message(out -> out.writeByteArray(field, body));
    }

    @Test
    void truncatedFileNamesSourceAndOffset() throws IOException {
        byte[] bytes = model(tag(5, rawTensor("w", new float[]{1, 2, 3, 4}, 4)));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnnxReader.read("cut.onnx", cut));
        assertTrue(e.getMessage().startsWith("cut.onnx: malformed ONNX protobuf near byte offset"), e.getMessage());
    }

    @Test
    void dimsThatDoNotMatchTheDataAreRejected() throws IOException {
        byte[] bytes = model(tag(5, rawTensor("w", new float[]{1, 2, 3}, 2, 2)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnnxReader.read("bad.onnx", bytes));
        assertTrue(e.getMessage().contains("bad.onnx") && e.getMessage().contains("tensor 'w'"), e.getMessage());
    }

    @Test
    void modelWithoutGraphIsRejected() throws IOException {
        byte[] bytes = message(out -> out.writeInt64(1, 8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnnxReader.read("empty.onnx", bytes));
        assertEquals("empty.onnx: ModelProto has no graph (field 7)", e.getMessage());
    }
}

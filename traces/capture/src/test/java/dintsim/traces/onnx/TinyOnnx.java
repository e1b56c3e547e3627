package dintsim.traces.onnx;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/**
 * Writes small ONNX models for tests straight in protobuf wire format (field numbers of
 * onnx/onnx.proto): FP32 initializers, nodes with int/float/int-list attributes, typed FP32
 * graph inputs and outputs with symbolic or fixed dimensions.
 */
public final class TinyOnnx {
    private final ByteString.Output graph = ByteString.newOutput();
    private final CodedOutputStream g = CodedOutputStream.newInstance(graph);

    /** attribute value: Long, Float or long[] */
    public TinyOnnx node(String name, String op, List<String> inputs, List<String> outputs, Map<String, Object> attributes) {
        message(g, 1, c -> {
            for (String in : inputs) {
                c.writeString(1, in);
            }
            for (String out : outputs) {
                c.writeString(2, out);
            }
            c.writeString(3, name);
            c.writeString(4, op);
            for (Map.Entry<String, Object> a : attributes.entrySet()) {
                message(c, 5, at -> {
                    at.writeString(1, a.getKey());
                    if (a.getValue() instanceof Float f) {
                        at.writeFloat(2, f);
                        at.writeInt32(20, 1);
                    } else if (a.getValue() instanceof Long l) {
                        at.writeInt64(3, l);
                        at.writeInt32(20, 2);
                    } else {
                        for (long v : (long[]) a.getValue()) {
                            at.writeInt64(8, v);
                        }
                        at.writeInt32(20, 7);
                    }
                });
            }
        });
        return this;
    }

    public TinyOnnx initializer(String name, int[] dims, float[] values) {
        message(g, 5, c -> {
            for (int d : dims) {
                c.writeInt64(1, d);
            }
            c.writeInt32(2, 1);
            c.writeString(8, name);
            ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float v : values) {
                b.putFloat(v);
            }
            c.writeBytes(9, ByteString.copyFrom(b.array()));
        });
        return this;
    }

    /** dims: a String is a symbolic dimension, an Integer a fixed one. */
    public TinyOnnx input(String name, Object... dims) {
        return valueInfo(11, name, dims);
    }

    public TinyOnnx output(String name, Object... dims) {
        return valueInfo(12, name, dims);
    }

    private TinyOnnx valueInfo(int field, String name, Object... dims) {
        message(g, field, v -> {
            v.writeString(1, name);
            message(v, 2, type -> message(type, 1, tensor -> {
                tensor.writeInt32(1, 1);
                message(tensor, 2, shape -> {
                    for (Object d : dims) {
                        message(shape, 1, dim -> {
                            if (d instanceof Integer i) {
                                dim.writeInt64(1, i);
                            } else {
                                dim.writeString(2, (String) d);
                            }
                        });
                    }
                });
            }));
        });
        return this;
    }

    public byte[] bytes() {
        try {
            g.writeString(2, "tiny");
            g.flush();
            ByteString.Output model = ByteString.newOutput();
            CodedOutputStream m = CodedOutputStream.newInstance(model);
            m.writeInt64(1, 8); // ir_version
            m.writeBytes(7, graph.toByteString());
            message(m, 8, op -> op.writeInt64(2, 13)); // opset 13 of the default domain
            m.flush();
            return model.toByteString().toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Body {
        void write(CodedOutputStream c) throws IOException;
    }

    private static void message(CodedOutputStream parent, int field, Body body) {
        try {
            ByteString.Output b = ByteString.newOutput();
            CodedOutputStream c = CodedOutputStream.newInstance(b);
            body.write(c);
            c.flush();
            parent.writeBytes(field, b.toByteString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

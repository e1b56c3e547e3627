package dintsim.traces.onnx;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;

/**
 * Rewrites an ONNX ModelProto so that ONNX Runtime returns intermediate tensors: each name is
 * appended to the graph's outputs as a ValueInfoProto carrying only the name (ONNX Runtime infers
 * type and shape). Every other byte of the model is copied unchanged. Field numbers are those of
 * onnx/onnx.proto (ModelProto.graph = 7, GraphProto.output = 12, ValueInfoProto.name = 1).
 */
final class OnnxOutputs {
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_OUTPUT = 12;
    private static final int VALUE_INFO_NAME = 1;

    private OnnxOutputs() {
    }

    /** The model with {@code names} added as graph outputs (names already outputs or inputs must not be passed). */
    static byte[] exposing(String source, byte[] model, Collection<String> names) {
        try {
            CodedInputStream in = CodedInputStream.newInstance(model);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(model.length + names.size() * 64);
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            boolean graphSeen = false;
            while (true) {
                int start = in.getTotalBytesRead();
                int tag = in.readTag();
                if (tag == 0) {
                    break;
                }
                if (WireFormat.getTagFieldNumber(tag) == MODEL_GRAPH
                        && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                    ByteString graph = in.readBytes();
                    ByteString.Output extended = ByteString.newOutput(graph.size() + names.size() * 64);
                    graph.writeTo(extended);
                    CodedOutputStream g = CodedOutputStream.newInstance(extended);
                    for (String name : names) {
                        ByteString info = valueInfo(name);
                        g.writeTag(GRAPH_OUTPUT, WireFormat.WIRETYPE_LENGTH_DELIMITED);
                        g.writeBytesNoTag(info);
                    }
                    g.flush();
                    out.writeBytes(MODEL_GRAPH, extended.toByteString());
                    graphSeen = true;
                } else {
                    in.skipField(tag);
                    out.writeRawBytes(model, start, in.getTotalBytesRead() - start);
                }
            }
            if (!graphSeen) {
                throw new IllegalArgumentException(source + ": ModelProto has no graph (field 7)");
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": malformed ONNX protobuf: " + e.getMessage(), e);
        }
    }

    private static ByteString valueInfo(String name) throws IOException {
        ByteString.Output b = ByteString.newOutput();
        CodedOutputStream c = CodedOutputStream.newInstance(b);
        c.writeString(VALUE_INFO_NAME, name);
        c.flush();
        return b.toByteString();
    }
}

package dintsim.traces.capture;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import dintsim.traces.tensor.FloatTensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the graph of an ONNX model (a protobuf {@code ModelProto}) straight from the wire format
 * with protobuf-java's {@link CodedInputStream}: only the few messages and fields that a forward
 * pass needs, so no generated classes. Raw tensor bytes are decoded in place from the file's byte
 * array (no intermediate copies). Field numbers are those of onnx/onnx.proto.
 */
public final class OnnxReader {

    // ModelProto
    private static final int MODEL_GRAPH = 7;
    // GraphProto
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    // ValueInfoProto
    private static final int VALUE_INFO_NAME = 1;
    // NodeProto
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    // AttributeProto
    private static final int ATTR_NAME = 1;
    private static final int ATTR_F = 2;
    private static final int ATTR_I = 3;
    private static final int ATTR_S = 4;
    private static final int ATTR_INTS = 8;
    private static final int ATTR_T = 5;
    // TensorProto
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_FLOAT_DATA = 4;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int TENSOR_DATA_LOCATION = 14;
    private static final int DATA_TYPE_FLOAT = 1;

    private final String source;
    private final byte[] bytes;
    private final CodedInputStream in;

    private OnnxReader(String source, byte[] bytes) {
        this.source = source;
        this.bytes = bytes;
        this.in = CodedInputStream.newInstance(bytes);
    }

    /**
     * Parses {@code bytes} as an ONNX model.
     *
     * @param source name used in error messages (file or resource name)
     * @throws IllegalArgumentException if the bytes are not a well-formed ONNX model with a graph
     */
    public static OnnxGraph read(String source, byte[] bytes) {
        OnnxReader reader = new OnnxReader(source, bytes);
        try {
            return reader.readModel();
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith(source)) {
                throw iae;
            }
            throw new IllegalArgumentException(source + ": malformed ONNX protobuf near byte offset "
                    + reader.in.getTotalBytesRead() + ": " + e.getMessage(), e);
        }
    }

    private OnnxGraph readModel() throws IOException {
        OnnxGraph graph = null;
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                break;
            }
            if (WireFormat.getTagFieldNumber(tag) == MODEL_GRAPH) {
                int old = in.pushLimit(in.readRawVarint32());
                graph = readGraph();
                in.popLimit(old);
            } else {
                in.skipField(tag);
            }
        }
        if (graph == null) {
            throw new IllegalArgumentException(source + ": ModelProto has no graph (field 7)");
        }
        return graph;
    }

    private OnnxGraph readGraph() throws IOException {
        List<OnnxNode> nodes = new ArrayList<>();
        Map<String, FloatTensor> initializers = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                break;
            }
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == GRAPH_NODE) {
                int old = in.pushLimit(in.readRawVarint32());
                nodes.add(readNode());
                in.popLimit(old);
            } else if (field == GRAPH_INITIALIZER) {
                int old = in.pushLimit(in.readRawVarint32());
                FloatTensor t = readTensor();
                in.popLimit(old);
                if (t != null) {
                    initializers.put(t.name(), t);
                }
            } else if (field == GRAPH_INPUT || field == GRAPH_OUTPUT) {
                int old = in.pushLimit(in.readRawVarint32());
                (field == GRAPH_INPUT ? inputs : outputs).add(readValueInfoName());
                in.popLimit(old);
            } else {
                in.skipField(tag);
            }
        }
        return new OnnxGraph(source, nodes, initializers, inputs, outputs);
    }

    private String readValueInfoName() throws IOException {
        String name = "";
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                return name;
            }
            if (WireFormat.getTagFieldNumber(tag) == VALUE_INFO_NAME) {
                name = in.readStringRequireUtf8();
            } else {
                in.skipField(tag);
            }
        }
    }

    private OnnxNode readNode() throws IOException {
        String name = "";
        String opType = "";
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        Map<String, Float> floats = new HashMap<>();
        Map<String, Long> ints = new HashMap<>();
        Map<String, List<Long>> intLists = new HashMap<>();
        Map<String, String> strings = new HashMap<>();
        Map<String, FloatTensor> tensors = new HashMap<>();
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                break;
            }
            switch (WireFormat.getTagFieldNumber(tag)) {
                case NODE_INPUT -> inputs.add(in.readStringRequireUtf8());
                case NODE_OUTPUT -> outputs.add(in.readStringRequireUtf8());
                case NODE_NAME -> name = in.readStringRequireUtf8();
                case NODE_OP_TYPE -> opType = in.readStringRequireUtf8();
                case NODE_ATTRIBUTE -> {
                    int old = in.pushLimit(in.readRawVarint32());
                    readAttribute(floats, ints, intLists, strings, tensors);
                    in.popLimit(old);
                }
                default -> in.skipField(tag);
            }
        }
        return new OnnxNode(name, opType, inputs, outputs, floats, ints, intLists, strings, tensors);
    }

    private void readAttribute(Map<String, Float> floats, Map<String, Long> ints, Map<String, List<Long>> intLists,
                               Map<String, String> strings, Map<String, FloatTensor> tensors) throws IOException {
        String name = "";
        Float f = null;
        Long i = null;
        String str = null;
        List<Long> list = new ArrayList<>();
        FloatTensor t = null;
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                break;
            }
            switch (WireFormat.getTagFieldNumber(tag)) {
                case ATTR_NAME -> name = in.readStringRequireUtf8();
                case ATTR_F -> f = in.readFloat();
                case ATTR_I -> i = in.readInt64();
                case ATTR_S -> str = in.readBytes().toStringUtf8();
                case ATTR_INTS -> {
                    if (WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                        int old = in.pushLimit(in.readRawVarint32());
                        while (in.getBytesUntilLimit() > 0) {
                            list.add(in.readInt64());
                        }
                        in.popLimit(old);
                    } else {
                        list.add(in.readInt64());
                    }
                }
                case ATTR_T -> {
                    int old = in.pushLimit(in.readRawVarint32());
                    t = readTensor();
                    in.popLimit(old);
                }
                default -> in.skipField(tag);
            }
        }
        if (f != null) {
            floats.put(name, f);
        }
        if (i != null) {
            ints.put(name, i);
        }
        if (str != null) {
            strings.put(name, str);
        }
        if (!list.isEmpty()) {
            intLists.put(name, list);
        }
        if (t != null) {
            tensors.put(name, t);
        }
    }

    /** Reads a TensorProto; returns null for non-FP32 tensors (shapes, ids), which are not needed. */
    private FloatTensor readTensor() throws IOException {
        int start = in.getTotalBytesRead();
        List<Long> dims = new ArrayList<>();
        int dataType = 0;
        String name = "";
        float[] floatData = null;
        int floatCount = 0;
        int rawOffset = -1;
        int rawLength = 0;
        long dataLocation = 0;
        while (true) {
            int tag = in.readTag();
            if (tag == 0) {
                break;
            }
            int wireType = WireFormat.getTagWireType(tag);
            switch (WireFormat.getTagFieldNumber(tag)) {
                case TENSOR_DIMS -> {
                    if (wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                        int old = in.pushLimit(in.readRawVarint32());
                        while (in.getBytesUntilLimit() > 0) {
                            dims.add(in.readInt64());
                        }
                        in.popLimit(old);
                    } else {
                        dims.add(in.readInt64());
                    }
                }
                case TENSOR_DATA_TYPE -> dataType = in.readInt32();
                case TENSOR_NAME -> name = in.readStringRequireUtf8();
                case TENSOR_FLOAT_DATA -> {
                    if (wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                        int length = in.readRawVarint32();
                        floatData = grow(floatData, floatCount + length / 4);
                        int old = in.pushLimit(length);
                        while (in.getBytesUntilLimit() > 0) {
                            floatData[floatCount++] = in.readFloat();
                        }
                        in.popLimit(old);
                    } else {
                        floatData = grow(floatData, floatCount + 1);
                        floatData[floatCount++] = in.readFloat();
                    }
                }
                case TENSOR_RAW_DATA -> {
                    rawLength = in.readRawVarint32();
                    rawOffset = in.getTotalBytesRead();
                    in.skipRawBytes(rawLength);
                }
                case TENSOR_DATA_LOCATION -> dataLocation = in.readEnum();
                default -> in.skipField(tag);
            }
        }
        if (dataType != DATA_TYPE_FLOAT) {
            return null;
        }
        if (dataLocation != 0) {
            throw new IllegalArgumentException(source + ": tensor '" + name + "' at byte offset " + start
                    + " keeps its data in an external file, which is not supported");
        }
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            long d = dims.get(i);
            if (d > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(source + ": tensor '" + name + "' at byte offset " + start
                        + " has dimension " + d + ", too large for an array");
            }
            shape[i] = (int) Math.max(d, -1); // a negative dimension is rejected by FloatTensor
        }
        float[] data;
        if (rawOffset >= 0) {
            if (rawLength % Float.BYTES != 0) {
                throw new IllegalArgumentException(source + ": tensor '" + name + "' raw_data at byte offset "
                        + rawOffset + " has " + rawLength + " bytes, not a multiple of 4");
            }
            data = new float[rawLength / Float.BYTES];
            // ONNX raw_data is little-endian regardless of the host.
            ByteBuffer.wrap(bytes, rawOffset, rawLength).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data);
        } else {
            data = floatData == null ? new float[0] : java.util.Arrays.copyOf(floatData, floatCount);
        }
        try {
            return new FloatTensor(name, shape, data);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": at byte offset " + start + ": " + e.getMessage(), e);
        }
    }

    private static float[] grow(float[] a, int needed) {
        if (a == null) {
            return new float[Math.max(needed, 16)];
        }
        return a.length >= needed ? a : java.util.Arrays.copyOf(a, Math.max(needed, a.length * 2));
    }
}

package dintsim.traces.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dintsim.models.quant.FloatMatrix;
import dintsim.traces.capture.FloatList;
import dintsim.traces.capture.OrtSessions;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs an ONNX model in ONNX Runtime with the input tensor of every weight layer exposed as an
 * extra graph output, and collects each layer's activation rows over all runs (rows in run order,
 * then the lowering's order). One single-threaded session per instance (deterministic); close it.
 */
public final class OnnxActivationCapture implements AutoCloseable {
    private final OnnxModel model;
    private final List<OnnxLayer> layers;
    private final Set<String> exposed;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final Map<String, NodeInfo> inputInfo;

    public OnnxActivationCapture(OnnxModel model) {
        this(model, OnnxLayerFinder.find(model.graph()));
    }

    public OnnxActivationCapture(OnnxModel model, List<OnnxLayer> layers) {
        this.model = model;
        this.layers = List.copyOf(layers);
        Set<String> wanted = new LinkedHashSet<>();
        for (OnnxLayer l : layers) {
            wanted.add(l.inputTensor());
        }
        Set<String> toAdd = new LinkedHashSet<>(wanted);
        toAdd.removeAll(model.graph().inputs());
        toAdd.removeAll(model.graph().outputs());
        this.exposed = wanted;
        this.environment = OrtEnvironment.getEnvironment();
        byte[] bytes = OnnxOutputs.exposing(model.source(), model.bytes(), toAdd);
        try {
            this.session = OrtSessions.open(environment, bytes);
            this.inputInfo = new TreeMap<>(session.getInputInfo());
        } catch (OrtException e) {
            throw new IllegalArgumentException(model.source() + ": ONNX Runtime cannot load the model: " + e.getMessage(), e);
        }
    }

    public OnnxModel model() {
        return model;
    }

    public List<OnnxLayer> layers() {
        return layers;
    }

    /** The model's input names (sorted). */
    public Set<String> inputNames() {
        return inputInfo.keySet();
    }

    /** Every layer's activations over {@code feeds}, in layer order. */
    public List<FloatMatrix> capture(List<ModelFeed> feeds, String role) {
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException(model.source() + ": no inputs to capture " + role + " activations from");
        }
        Map<String, FloatList> rows = new LinkedHashMap<>();
        for (OnnxLayer l : layers) {
            rows.put(l.name(), new FloatList());
        }
        for (ModelFeed feed : feeds) {
            Map<String, float[]> values = new LinkedHashMap<>();
            Map<String, long[]> shapes = new LinkedHashMap<>();
            run(feed, values, shapes);
            for (OnnxLayer l : layers) {
                try {
                    rows.get(l.name()).addAll(l.rows(values.get(l.inputTensor()), shapes.get(l.inputTensor())));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(model.source() + ": " + feed.label() + ": layer " + l.name() + ": "
                            + e.getMessage(), e);
                }
            }
        }
        List<FloatMatrix> out = new ArrayList<>();
        for (OnnxLayer l : layers) {
            float[] r = rows.get(l.name()).toArray();
            out.add(FloatMatrix.of(l.name() + ".input(" + role + ")", r.length / l.weights().k(), l.weights().k(), r));
        }
        return out;
    }

    /** One run: the exposed tensors' values and shapes by name (graph inputs taken from the feed). */
    private void run(ModelFeed feed, Map<String, float[]> values, Map<String, long[]> shapes) {
        for (String name : feed.inputs().keySet()) {
            if (!inputInfo.containsKey(name)) {
                throw new IllegalArgumentException(model.source() + ": " + feed.label() + ": the model has no input '" + name
                        + "'; its inputs are " + inputInfo.keySet());
            }
        }
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, NodeInfo> e : inputInfo.entrySet()) {
                InputTensor t = feed.inputs().get(e.getKey());
                if (t == null) {
                    throw new IllegalArgumentException(model.source() + ": " + feed.label() + ": model input '" + e.getKey()
                            + "' (" + e.getValue().getInfo() + ") has no value; give it as --input " + e.getKey() + "=FILE.npy");
                }
                tensors.put(e.getKey(), tensor(e.getKey(), e.getValue(), t, feed.label()));
            }
            Set<String> requested = new LinkedHashSet<>(exposed);
            requested.removeAll(tensors.keySet());
            for (String name : exposed) {
                if (tensors.containsKey(name)) {
                    InputTensor t = feed.inputs().get(name);
                    values.put(name, t.values());
                    shapes.put(name, t.shape());
                }
            }
            if (requested.isEmpty()) {
                return; // every layer reads a graph input: nothing to run
            }
            try (OrtSession.Result result = session.run(tensors, requested)) {
                for (String name : requested) {
                    OnnxValue v = result.get(name).orElseThrow(() -> new IllegalStateException("no output " + name));
                    if (!(v instanceof OnnxTensor ot) || ((TensorInfo) ot.getInfo()).type != OnnxJavaType.FLOAT) {
                        throw new IllegalArgumentException(model.source() + ": tensor '" + name + "' is not FP32: "
                                + v.getInfo() + " (only FP32 models are captured)");
                    }
                    FloatBuffer fb = ot.getFloatBuffer();
                    float[] data = new float[fb.remaining()];
                    fb.get(data);
                    values.put(name, data);
                    shapes.put(name, ((TensorInfo) ot.getInfo()).getShape());
                }
            }
        } catch (OrtException e) {
            throw new IllegalArgumentException(model.source() + ": " + feed.label() + ": ONNX Runtime failed: " + e.getMessage(), e);
        } finally {
            tensors.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(String name, NodeInfo info, InputTensor t, String label) throws OrtException {
        if (!(info.getInfo() instanceof TensorInfo ti)) {
            throw new IllegalArgumentException(model.source() + ": model input '" + name + "' is not a tensor: " + info.getInfo());
        }
        float[] v = t.values();
        switch (ti.type) {
            case FLOAT:
                return OnnxTensor.createTensor(environment, FloatBuffer.wrap(v), t.shape());
            case INT64: {
                long[] a = new long[v.length];
                for (int i = 0; i < v.length; i++) {
                    a[i] = integer(name, v[i], label);
                }
                return OnnxTensor.createTensor(environment, LongBuffer.wrap(a), t.shape());
            }
            case INT32: {
                int[] a = new int[v.length];
                for (int i = 0; i < v.length; i++) {
                    a[i] = (int) integer(name, v[i], label);
                }
                return OnnxTensor.createTensor(environment, IntBuffer.wrap(a), t.shape());
            }
            default:
                throw new IllegalArgumentException(model.source() + ": model input '" + name + "' has type " + ti.type
                        + "; only FLOAT, INT64 and INT32 inputs can be fed");
        }
    }

    private long integer(String name, float v, String label) {
        if (v != Math.rint(v)) {
            throw new IllegalArgumentException(model.source() + ": " + label + ": input '" + name + "' is an integer tensor"
                    + " but holds " + v);
        }
        return (long) v;
    }

    @Override
    public void close() {
        OrtSessions.close(session);
    }
}

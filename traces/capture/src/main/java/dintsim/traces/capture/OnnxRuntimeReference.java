package dintsim.traces.capture;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * ONNX Runtime running the same all-MiniLM-L6-v2 export, used only to check the Java forward pass
 * against the reference implementation. One session per instance; close it when done.
 */
public final class OnnxRuntimeReference implements AutoCloseable {

    private final OrtEnvironment environment;
    private final OrtSession session;

    private OnnxRuntimeReference(byte[] model) throws OrtException {
        this.environment = OrtEnvironment.getEnvironment();
        this.session = OrtSessions.open(environment, model);
    }

    /** A session on the model in the langchain4j jar. */
    public static OnnxRuntimeReference builtIn() {
        try (InputStream in = OnnxRuntimeReference.class.getResourceAsStream(MiniLmModel.ONNX_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + MiniLmModel.ONNX_RESOURCE + " not on the classpath");
            }
            return new OnnxRuntimeReference(in.readAllBytes());
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot start ONNX Runtime on " + MiniLmModel.ONNX_RESOURCE + ": "
                    + e.getMessage(), e);
        }
    }

    /** Last hidden state (T x hidden, row-major) for one sequence; token types 0; mask null = all ones. */
    public float[] lastHiddenState(int[] ids, int[] attentionMask) {
        int t = ids.length;
        long[] idArr = new long[t];
        long[] maskArr = new long[t];
        long[] typeArr = new long[t];
        for (int i = 0; i < t; i++) {
            idArr[i] = ids[i];
            maskArr[i] = attentionMask == null ? 1 : attentionMask[i];
        }
        long[] shape = {1, t};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(idArr), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(maskArr), shape));
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(typeArr), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer fb = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] out = new float[fb.remaining()];
                fb.get(out);
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on a " + t + "-token sequence: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Sentence embedding as the langchain4j pipeline computes it: mean pooling, then L2 normalisation. */
    public float[] embedding(int[] ids) {
        float[] h = lastHiddenState(ids, null);
        return MiniLmEncoder.l2Normalize(MiniLmEncoder.meanPool(h, ids.length, h.length / ids.length, null));
    }

    @Override
    public void close() {
        OrtSessions.close(session);
    }
}

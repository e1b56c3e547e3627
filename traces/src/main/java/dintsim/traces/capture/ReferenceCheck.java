package dintsim.traces.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the Java FP32 forward pass against ONNX Runtime on the same token sequences: cosine of
 * the last hidden states, cosine of the final sentence embeddings, and the largest absolute
 * difference of any hidden-state value.
 */
public final class ReferenceCheck {

    /** Agreement on one sequence. */
    public record Agreement(int tokens, double hiddenStateCosine, double embeddingCosine, double maxAbsHiddenDiff) {
    }

    private ReferenceCheck() {
    }

    /** Runs every sequence through both implementations (one ONNX Runtime session, closed at the end). */
    public static List<Agreement> run(MiniLm miniLm, List<int[]> sequences) {
        List<Agreement> out = new ArrayList<>(sequences.size());
        MiniLmEncoder encoder = miniLm.encoder();
        int width = miniLm.model().hiddenSize();
        try (OnnxRuntimeReference ort = OnnxRuntimeReference.builtIn()) {
            for (int[] ids : sequences) {
                float[] java = encoder.lastHiddenState(ids, miniLm.model().fp32Linear());
                float[] ref = ort.lastHiddenState(ids, null);
                double maxDiff = 0;
                for (int i = 0; i < java.length; i++) {
                    maxDiff = Math.max(maxDiff, Math.abs((double) java[i] - ref[i]));
                }
                float[] eJava = MiniLmEncoder.l2Normalize(MiniLmEncoder.meanPool(java, ids.length, width, null));
                float[] eRef = MiniLmEncoder.l2Normalize(MiniLmEncoder.meanPool(ref, ids.length, width, null));
                out.add(new Agreement(ids.length, MiniLmEncoder.cosine(java, ref), MiniLmEncoder.cosine(eJava, eRef), maxDiff));
            }
        }
        return out;
    }
}

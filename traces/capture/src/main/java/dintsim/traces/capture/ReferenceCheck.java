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
        try (OnnxRuntimeReference ort = OnnxRuntimeReference.builtIn()) {
            return run(miniLm, ort, sequences);
        }
    }

    /** Runs every sequence through the Java forward pass and the given ONNX Runtime session. */
    public static List<Agreement> run(MiniLm miniLm, OnnxRuntimeReference ort, List<int[]> sequences) {
        List<Agreement> out = new ArrayList<>(sequences.size());
        MiniLmEncoder encoder = miniLm.encoder();
        int width = miniLm.model().hiddenSize();
        for (int[] ids : sequences) {
            float[] mine = encoder.lastHiddenState(ids, miniLm.model().fp32Linear());
            float[] ref = ort.lastHiddenState(ids, null);
            double maxDiff = 0;
            for (int i = 0; i < mine.length; i++) {
                maxDiff = Math.max(maxDiff, Math.abs((double) mine[i] - ref[i]));
            }
            float[] eJava = MiniLmEncoder.l2Normalize(MiniLmEncoder.meanPool(mine, ids.length, width, null));
            float[] eRef = MiniLmEncoder.l2Normalize(MiniLmEncoder.meanPool(ref, ids.length, width, null));
            out.add(new Agreement(ids.length, MiniLmEncoder.cosine(mine, ref), MiniLmEncoder.cosine(eJava, eRef), maxDiff));
        }
        return out;
    }
}

package dintsim.traces.capture;

import java.util.List;

/**
 * The result of running the model on a set of sequences while recording every linear layer.
 *
 * @param sequences  the token id sequences, in run order (each [CLS] ... [SEP], no padding)
 * @param layers     one capture per linear layer, in execution order (36 for MiniLM-L6)
 * @param embeddings one sentence embedding per sequence (mean-pooled, L2-normalised)
 */
public record ModelCapture(List<int[]> sequences, List<LayerCapture> layers, List<float[]> embeddings) {

    public ModelCapture {
        sequences = List.copyOf(sequences);
        layers = List.copyOf(layers);
        embeddings = List.copyOf(embeddings);
    }

    /** Total tokens over all sequences = M of every layer capture. */
    public int totalTokens() {
        return sequences.stream().mapToInt(s -> s.length).sum();
    }

    /** The capture of layer {@code name}. */
    public LayerCapture layer(String name) {
        for (LayerCapture c : layers) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no captured layer named '" + name + "'");
    }
}

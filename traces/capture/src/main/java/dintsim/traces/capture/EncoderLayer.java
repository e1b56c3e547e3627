package dintsim.traces.capture;

import java.util.List;

/**
 * Weights of one BERT encoder layer: the four attention projections, the two FFN projections and
 * the two post-residual LayerNorms.
 */
public record EncoderLayer(int index, LinearWeights query, LinearWeights key, LinearWeights value,
                           LinearWeights attentionOutput, LayerNorm attentionNorm,
                           LinearWeights ffnUp, LinearWeights ffnDown, LayerNorm outputNorm) {

    /** The six linear layers in execution order: query, key, value, attention output, FFN up, FFN down. */
    public List<LinearWeights> linears() {
        return List.of(query, key, value, attentionOutput, ffnUp, ffnDown);
    }
}

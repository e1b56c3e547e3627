package dintsim.traces.quantize;

/**
 * How close the model's final sentence embeddings stay to FP32 when its linear layers are
 * quantized: cosine similarity per sentence, averaged and at worst.
 *
 * @param sentences  evaluation sentences
 * @param meanCosine mean cosine similarity to the FP32 embedding
 * @param minCosine  lowest cosine similarity
 */
public record EmbeddingQuality(int sentences, double meanCosine, double minCosine) {
}

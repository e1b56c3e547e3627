package dintsim.traces.capture;

/**
 * LayerNorm over the last dimension, computed as the exported graph does: mean, then the mean of
 * squared deviations, {@code (x - mean) / sqrt(var + eps) * gamma + beta}.
 *
 * @param gamma   scale, one per channel
 * @param beta    shift, one per channel
 * @param epsilon added to the variance (read from the graph)
 */
public record LayerNorm(float[] gamma, float[] beta, float epsilon) {

    public LayerNorm {
        if (gamma.length != beta.length) {
            throw new IllegalArgumentException("LayerNorm: " + gamma.length + " scales but " + beta.length + " shifts");
        }
    }

    /** Normalises each of the T rows of {@code x} (T x width) in place. */
    public void applyInPlace(float[] x, int t) {
        int width = gamma.length;
        for (int i = 0; i < t; i++) {
            int off = i * width;
            double sum = 0;
            for (int c = 0; c < width; c++) {
                sum += x[off + c];
            }
            float mean = (float) (sum / width);
            double sq = 0;
            for (int c = 0; c < width; c++) {
                float d = x[off + c] - mean;
                sq += d * d;
            }
            float denom = (float) Math.sqrt((float) (sq / width) + epsilon);
            for (int c = 0; c < width; c++) {
                x[off + c] = (x[off + c] - mean) / denom * gamma[c] + beta[c];
            }
        }
    }
}

package dintsim.traces.capture;

import dintsim.models.quant.MatMul;
import java.util.Arrays;

/**
 * The FP32 forward pass of all-MiniLM-L6-v2 in Java, operator for operator as in the ONNX export:
 * embeddings (word + token type + position) and LayerNorm; per encoder layer, 12-head
 * self-attention with the attention mask, output projection + residual + LayerNorm, FFN with exact
 * (erf) GELU + residual + LayerNorm; then mean pooling over the mask and L2 normalisation, as the
 * langchain4j embedding pipeline does. Every linear layer goes through a {@link LinearLayer}, so a
 * quantized implementation can be substituted. Token type ids are 0 (single sentences).
 */
public final class MiniLmEncoder {

    private final MiniLmModel model;

    public MiniLmEncoder(MiniLmModel model) {
        this.model = model;
    }

    public MiniLmModel model() {
        return model;
    }

    /** Last hidden state (T x hidden) of {@code ids} (already wrapped in [CLS] ... [SEP]), no padding. */
    public float[] lastHiddenState(int[] ids, LinearLayer linear) {
        return lastHiddenState(ids, null, linear);
    }

    /**
     * Last hidden state (T x hidden). {@code attentionMask} (T entries, 1 = real token, 0 = padding)
     * may be null for all ones; masked tokens are not attended to, as in the graph.
     */
    public float[] lastHiddenState(int[] ids, int[] attentionMask, LinearLayer linear) {
        int t = ids.length;
        checkInputs(ids, attentionMask);
        float[] h = embed(ids);
        for (EncoderLayer layer : model.layers()) {
            h = encoderLayer(layer, h, t, attentionMask, linear);
        }
        return h;
    }

    /** Sentence embedding: mean of the last hidden state over real tokens, L2-normalised. */
    public float[] embedding(int[] ids, LinearLayer linear) {
        return l2Normalize(meanPool(lastHiddenState(ids, linear), ids.length, model.hiddenSize(), null));
    }

    /** FP32 sentence embedding. */
    public float[] embedding(int[] ids) {
        return embedding(ids, model.fp32Linear());
    }

    private void checkInputs(int[] ids, int[] mask) {
        if (ids.length == 0) {
            throw new IllegalArgumentException("token sequence is empty");
        }
        if (ids.length > model.maxPositions()) {
            throw new IllegalArgumentException("token sequence has " + ids.length + " tokens; the model takes at most "
                    + model.maxPositions());
        }
        if (mask != null && mask.length != ids.length) {
            throw new IllegalArgumentException("attention mask has " + mask.length + " entries for " + ids.length
                    + " tokens");
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= model.vocabularySize()) {
                throw new IllegalArgumentException("token id " + ids[i] + " at position " + i + " is outside the vocabulary [0, "
                        + model.vocabularySize() + ")");
            }
        }
    }

    private float[] embed(int[] ids) {
        int hidden = model.hiddenSize();
        float[] word = model.wordEmbeddings().data();
        float[] pos = model.positionEmbeddings().data();
        float[] type = model.tokenTypeEmbeddings().data();
        float[] h = new float[ids.length * hidden];
        for (int i = 0; i < ids.length; i++) {
            int wo = ids[i] * hidden;
            int po = i * hidden;
            for (int c = 0; c < hidden; c++) {
                // Same association as the graph: (word + type) + position.
                h[po + c] = (word[wo + c] + type[c]) + pos[po + c];
            }
        }
        model.embeddingNorm().applyInPlace(h, ids.length);
        return h;
    }

    private float[] encoderLayer(EncoderLayer layer, float[] h, int t, int[] mask, LinearLayer linear) {
        float[] q = run(linear, layer.query(), h, t);
        float[] k = run(linear, layer.key(), h, t);
        float[] v = run(linear, layer.value(), h, t);
        float[] context = attention(q, k, v, t, mask);
        float[] attn = run(linear, layer.attentionOutput(), context, t);
        addInPlace(attn, h);
        layer.attentionNorm().applyInPlace(attn, t);
        float[] up = run(linear, layer.ffnUp(), attn, t);
        geluInPlace(up);
        float[] down = run(linear, layer.ffnDown(), up, t);
        addInPlace(down, attn);
        layer.outputNorm().applyInPlace(down, t);
        return down;
    }

    private static float[] run(LinearLayer linear, LinearWeights w, float[] x, int t) {
        float[] y = linear.apply(w.name(), x, t);
        if (y == null || y.length != t * w.n()) {
            throw new IllegalArgumentException("linear layer implementation returned " + (y == null ? "null" : y.length
                    + " values") + " for " + w.name() + ", expected T x N = " + t + " x " + w.n());
        }
        return y;
    }

    /** Multi-head scaled dot-product attention; q, k, v and the result are T x hidden. */
    private float[] attention(float[] q, float[] k, float[] v, int t, int[] mask) {
        int hidden = model.hiddenSize();
        int d = model.headSize();
        float scale = (float) Math.sqrt(d); // the graph divides by sqrt(head size)
        float[] context = new float[t * hidden];
        float[] p = new float[t];
        for (int head = 0; head < MiniLmModel.HEADS; head++) {
            int ho = head * d;
            for (int i = 0; i < t; i++) {
                float max = Float.NEGATIVE_INFINITY;
                for (int j = 0; j < t; j++) {
                    if (mask != null && mask[j] == 0) {
                        p[j] = Float.NEGATIVE_INFINITY; // exp() of the graph's -3.4e38 bias is 0 too
                        continue;
                    }
                    p[j] = MatMul.dot(q, i * hidden + ho, k, j * hidden + ho, d) / scale;
                    max = Math.max(max, p[j]);
                }
                float sum = 0;
                for (int j = 0; j < t; j++) {
                    p[j] = p[j] == Float.NEGATIVE_INFINITY ? 0f : (float) Math.exp(p[j] - max);
                    sum += p[j];
                }
                int co = i * hidden + ho;
                for (int j = 0; j < t; j++) {
                    float w = p[j] / sum;
                    if (w == 0f) {
                        continue;
                    }
                    int vo = j * hidden + ho;
                    for (int c = 0; c < d; c++) {
                        context[co + c] += w * v[vo + c];
                    }
                }
            }
        }
        return context;
    }

    /** Exact GELU, {@code 0.5 x (1 + erf(x / sqrt 2))}, as the export computes it. */
    static float gelu(float x) {
        return (float) (0.5 * x * (1.0 + FastErf.erf(x / FastErf.SQRT2)));
    }

    private static void geluInPlace(float[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] = gelu(x[i]);
        }
    }

    private static void addInPlace(float[] acc, float[] x) {
        for (int i = 0; i < acc.length; i++) {
            acc[i] += x[i];
        }
    }

    /** Mean over the rows of {@code hidden} (T x width) whose mask entry is 1 (all rows if mask is null). */
    public static float[] meanPool(float[] hidden, int t, int width, int[] mask) {
        double[] sum = new double[width];
        int count = 0;
        for (int i = 0; i < t; i++) {
            if (mask != null && mask[i] == 0) {
                continue;
            }
            count++;
            for (int c = 0; c < width; c++) {
                sum[c] += hidden[i * width + c];
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("mean pooling over " + t + " tokens, all masked");
        }
        float[] out = new float[width];
        for (int c = 0; c < width; c++) {
            out[c] = (float) (sum[c] / count);
        }
        return out;
    }

    /** {@code v / |v|} (a zero vector stays zero). */
    public static float[] l2Normalize(float[] v) {
        double sq = 0;
        for (float x : v) {
            sq += (double) x * x;
        }
        double norm = Math.sqrt(sq);
        float[] out = Arrays.copyOf(v, v.length);
        if (norm > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (out[i] / norm);
            }
        }
        return out;
    }

    /** Cosine similarity of two equally long vectors, in double precision. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cosine of vectors of lengths " + a.length + " and " + b.length);
        }
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}

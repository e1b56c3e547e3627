package dintsim.traces.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point for real-model work on all-MiniLM-L6-v2: weights, tokenizer and the Java forward
 * pass together; sentence embeddings with FP32 or substituted linear layers; captures of every
 * linear layer's real activations.
 */
public final class MiniLm {

    private static volatile MiniLm builtIn;

    private final MiniLmModel model;
    private final WordPieceTokenizer tokenizer;
    private final MiniLmEncoder encoder;

    public MiniLm(MiniLmModel model, WordPieceTokenizer tokenizer) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.encoder = new MiniLmEncoder(model);
    }

    /** The model and tokenizer from the langchain4j jar, loaded once per JVM. */
    public static MiniLm builtIn() {
        MiniLm m = builtIn;
        if (m == null) {
            synchronized (MiniLm.class) {
                m = builtIn;
                if (m == null) {
                    m = new MiniLm(MiniLmModel.builtIn(), WordPieceTokenizer.builtIn());
                    builtIn = m;
                }
            }
        }
        return m;
    }

    public MiniLmModel model() {
        return model;
    }

    public WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    public MiniLmEncoder encoder() {
        return encoder;
    }

    /** The 36 linear layers in execution order. */
    public List<LinearWeights> linearLayers() {
        return model.linearLayers();
    }

    /** FP32 sentence embedding of {@code text} (truncated to 512 tokens). */
    public float[] embed(String text) {
        return embed(text, model.fp32Linear());
    }

    /** Sentence embedding of {@code text} (truncated to 512 tokens) with the given linear layers. */
    public float[] embed(String text, LinearLayer linear) {
        return encoder.embedding(tokenizer.encode(text, MiniLmModel.MAX_SEQUENCE_LENGTH), linear);
    }

    /** Sentence embeddings of {@code sequences} with the given linear layers, in order. */
    public List<float[]> embeddings(List<int[]> sequences, LinearLayer linear) {
        List<float[]> out = new ArrayList<>(sequences.size());
        for (int[] ids : sequences) {
            out.add(encoder.embedding(ids, linear));
        }
        return out;
    }

    /** FP32 capture of one sequence per passage, each at most {@code maxSequenceLength} tokens. */
    public ModelCapture capture(TextCorpus corpus, int maxSequenceLength) {
        return capture(TokenSequences.perPassage(corpus, tokenizer, maxSequenceLength));
    }

    /** FP32 capture of one sequence per text, each at most {@code maxSequenceLength} tokens. */
    public ModelCapture capture(List<String> texts, int maxSequenceLength) {
        return capture(new TextCorpus("texts", texts), maxSequenceLength);
    }

    /** FP32 capture of sequences of exactly {@code length} tokens cut from the corpus (SLAC). */
    public ModelCapture captureFixedLength(TextCorpus corpus, int length, int maxSequences) {
        return capture(TokenSequences.fixedLength(corpus, tokenizer, length, maxSequences));
    }

    /** FP32 capture of the given sequences. */
    public ModelCapture capture(List<int[]> sequences) {
        return capture(sequences, model.fp32Linear());
    }

    /**
     * Runs {@code sequences} through the model with {@code linear} and records the input and
     * output of every linear layer call (rows: sequence order, then token order).
     */
    public ModelCapture capture(List<int[]> sequences, LinearLayer linear) {
        if (sequences.isEmpty()) {
            throw new IllegalArgumentException("nothing to capture: no sequences");
        }
        RecordingLinearLayer recorder = new RecordingLinearLayer(linear);
        List<float[]> embeddings = embeddings(sequences, recorder);
        return new ModelCapture(sequences, recorder.captures(model.linearLayers()), embeddings);
    }
}

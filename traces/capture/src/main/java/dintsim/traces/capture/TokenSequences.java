package dintsim.traces.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds model inputs (token id sequences wrapped in [CLS] ... [SEP], no padding) from a corpus:
 * one sequence per passage, or, for sequence-length-aware calibration (SLAC), sequences of exactly
 * L tokens cut from the concatenated corpus.
 */
public final class TokenSequences {

    private TokenSequences() {
    }

    /** One sequence per passage, each truncated to {@code maxSequenceLength} tokens including [CLS]/[SEP]. */
    public static List<int[]> perPassage(TextCorpus corpus, WordPieceTokenizer tokenizer, int maxSequenceLength) {
        checkLength(maxSequenceLength);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < corpus.passages().size(); i++) {
            int[] pieces = tokenizer.wordPieceIds(corpus.passages().get(i));
            if (pieces.length == 0) {
                throw new IllegalArgumentException(corpus.source() + ": passage " + (i + 1) + " has no tokens");
            }
            out.add(tokenizer.wrap(pieces, 0, Math.min(pieces.length, maxSequenceLength - 2)));
        }
        return out;
    }

    /**
     * Sequences of exactly {@code length} tokens: the passages' WordPiece ids are concatenated in
     * order and cut into consecutive windows of {@code length - 2}, each wrapped in [CLS]/[SEP];
     * the incomplete last window is dropped.
     *
     * @param maxSequences at most this many sequences (the first ones), or 0 for all
     * @throws IllegalArgumentException if the corpus is too short for one window
     */
    public static List<int[]> fixedLength(TextCorpus corpus, WordPieceTokenizer tokenizer, int length, int maxSequences) {
        checkLength(length);
        if (maxSequences < 0) {
            throw new IllegalArgumentException("maximum number of sequences must be >= 0 (0 = all), got " + maxSequences);
        }
        int[] all = corpus.passages().stream().map(tokenizer::wordPieceIds).flatMapToInt(java.util.Arrays::stream).toArray();
        int window = length - 2;
        int count = all.length / window;
        if (count == 0) {
            throw new IllegalArgumentException(corpus.source() + ": " + all.length + " tokens, too few for one sequence of "
                    + length + " tokens (" + window + " plus [CLS] and [SEP])");
        }
        if (maxSequences > 0) {
            count = Math.min(count, maxSequences);
        }
        List<int[]> out = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            out.add(tokenizer.wrap(all, s * window, window));
        }
        return out;
    }

    private static void checkLength(int length) {
        if (length < 3 || length > MiniLmModel.MAX_SEQUENCE_LENGTH) {
            throw new IllegalArgumentException("sequence length " + length + " is outside [3, "
                    + MiniLmModel.MAX_SEQUENCE_LENGTH + "]: [CLS] and [SEP] need two of the model's "
                    + MiniLmModel.MAX_SEQUENCE_LENGTH + " positions");
        }
    }
}

package dintsim.traces.capture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenSequencesTest {

    private final WordPieceTokenizer tokenizer = WordPieceTokenizer.builtIn();
    private final TextCorpus corpus = TextCorpus.builtIn();

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 64, 128})
    void fixedLengthWindowsTileTheConcatenatedCorpus(int length) {
        int[] all = corpus.passages().stream().map(tokenizer::wordPieceIds).flatMapToInt(Arrays::stream).toArray();
        List<int[]> seqs = TokenSequences.fixedLength(corpus, tokenizer, length, 0);
        assertEquals(all.length / (length - 2), seqs.size());
        assertTrue(seqs.size() >= 4, "corpus gives " + seqs.size() + " windows of " + length);
        for (int s = 0; s < seqs.size(); s++) {
            int[] seq = seqs.get(s);
            assertEquals(length, seq.length);
            assertEquals(tokenizer.clsId(), seq[0]);
            assertEquals(tokenizer.sepId(), seq[length - 1]);
            assertArrayEquals(Arrays.copyOfRange(all, s * (length - 2), (s + 1) * (length - 2)),
                    Arrays.copyOfRange(seq, 1, length - 1));
        }
        assertEquals(2, TokenSequences.fixedLength(corpus, tokenizer, length, 2).size());
    }

    @Test
    void perPassageTruncatesAndWraps() {
        List<int[]> seqs = TokenSequences.perPassage(corpus, tokenizer, 8);
        assertEquals(32, seqs.size());
        for (int i = 0; i < seqs.size(); i++) {
            int[] pieces = tokenizer.wordPieceIds(corpus.passages().get(i));
            assertEquals(Math.min(8, pieces.length + 2), seqs.get(i).length);
            assertEquals(tokenizer.sepId(), seqs.get(i)[seqs.get(i).length - 1]);
        }
    }

    @Test
    void impossibleRequestsAreRejected() {
        TextCorpus tiny = new TextCorpus("tiny.txt", List.of("two words"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TokenSequences.fixedLength(tiny, tokenizer, 16, 0));
        assertEquals("tiny.txt: 2 tokens, too few for one sequence of 16 tokens (14 plus [CLS] and [SEP])", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TokenSequences.fixedLength(corpus, tokenizer, 513, 0));
        assertThrows(IllegalArgumentException.class, () -> TokenSequences.perPassage(corpus, tokenizer, 2));
        assertThrows(IllegalArgumentException.class, () -> TokenSequences.fixedLength(corpus, tokenizer, 16, -1));
    }
}

package dintsim.traces.capture;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordPieceTokenizerTest {

    private final WordPieceTokenizer tokenizer = WordPieceTokenizer.builtIn();

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (int id : tokenizer.encode(text, 512)) {
            out.add(tokenizer.token(id));
        }
        return out;
    }

    @Test
    void splitsPunctuationLowerCasesStripsAccentsAndUsesContinuations() {
        assertEquals(List.of("[CLS]", "hello", ",", "world", "!", "[SEP]"), tokens("Hello, world!"));
        assertEquals(List.of("[CLS]", "zurich", "cafe", "[SEP]"), tokens("  Zürich\tCAFÉ\n"));
        assertEquals(List.of("[CLS]", "river", "##bank", "[SEP]"), tokens("riverbank"));
        assertEquals(List.of("[CLS]", "$", "12", "it", "'", "s", "[SEP]"), tokens("$12 it's"));
    }

    @Test
    void unknownWordsBecomeUnk() {
        assertEquals(List.of("[CLS]", "[UNK]", "ok", "[SEP]"), tokens("\u2603 ok"));
        assertEquals(List.of("[CLS]", "[UNK]", "[SEP]"), tokens("a".repeat(101)));
    }

    @Test
    void encodeTruncatesToTheMaximumLengthIncludingSpecialTokens() {
        int[] ids = tokenizer.encode("one two three four five six", 5);
        assertEquals(5, ids.length);
        assertEquals(List.of("[CLS]", "one", "two", "three", "[SEP]"), Arrays.stream(ids).mapToObj(tokenizer::token).toList());
    }

    @Test
    void textWithoutTokensIsRejected() {
        assertEquals(0, tokenizer.wordPieceIds(" \t\u0000\u200b ").length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tokenizer.encode("  ", 16));
        assertTrue(e.getMessage().contains("no tokens"), e.getMessage());
    }

    @Test
    void vocabularyMustBeWordPiece() {
        String json = "{\"model\":{\"type\":\"BPE\",\"vocab\":{\"a\":0}}}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordPieceTokenizer.fromTokenizerJson(
                "tok.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertEquals("tok.json: model.type is 'BPE', expected WordPiece", e.getMessage());
    }

    /** The langchain4j pipeline tokenizes with HuggingFace tokenizers (Rust, through DJL): ids must match. */
    @Test
    void matchesTheHuggingFaceTokenizerOnTheCorpusAndTrickyText() throws IOException {
        List<String> texts = new ArrayList<>(TextCorpus.builtIn().passages());
        texts.addAll(List.of("Zürich naïve café \u2603 你好 \u0000x\u200b y", "$12 million... it's 3.5% (really)?",
                "e-mail: someone@example.com; C++ & Java_17 {braces} [brackets] ~tilde~ `tick`",
                "Ünïcödé ÅNGSTRÖM ﬁ ligature — em dash “quotes” «guillemets»", "antidisestablishmentarianism xyzzyq"));
        try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(WordPieceTokenizer.TOKENIZER_RESOURCE);
             HuggingFaceTokenizer reference = HuggingFaceTokenizer.newInstance(in,
                     Map.of("padding", "false", "truncation", "false"))) {
            for (String text : texts) {
                long[] expected = reference.encode(text).getIds();
                int[] actual = tokenizer.encode(text, 512);
                assertArrayEquals(expected, Arrays.stream(actual).asLongStream().toArray(), text);
            }
        }
    }
}

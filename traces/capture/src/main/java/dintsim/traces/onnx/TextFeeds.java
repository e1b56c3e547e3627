package dintsim.traces.onnx;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text to model inputs through the model's own tokenizer.json (Hugging Face tokenizers via DJL):
 * one run per passage, special tokens added as the tokenizer defines them, no padding, truncated
 * to a maximum length. Gives {@code input_ids}, {@code attention_mask} (all ones) and
 * {@code token_type_ids}, each only if the model has that input.
 */
public final class TextFeeds implements AutoCloseable {
    public static final String IDS = "input_ids";
    public static final String MASK = "attention_mask";
    public static final String TYPES = "token_type_ids";

    private final String source;
    private final HuggingFaceTokenizer tokenizer;

    private TextFeeds(String source, HuggingFaceTokenizer tokenizer) {
        this.source = source;
        this.tokenizer = tokenizer;
    }

    /** @param maxLength longest sequence, special tokens included */
    public static TextFeeds fromFile(Path tokenizerJson, int maxLength) {
        try (InputStream in = Files.newInputStream(tokenizerJson)) {
            return open(tokenizerJson.toString(), in, maxLength);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(tokenizerJson + ": no such tokenizer file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(tokenizerJson + ": cannot read tokenizer: " + e.getMessage(), e);
        }
    }

    public static TextFeeds fromResource(String resource, int maxLength) {
        try (InputStream in = TextFeeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is not on the class path");
            }
            return open(resource, in, maxLength);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }

    private static TextFeeds open(String source, InputStream in, int maxLength) throws IOException {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maximum sequence length " + maxLength + " must be >= 2");
        }
        Map<String, String> options = Map.of("addSpecialTokens", "true", "padding", "false",
                "truncation", "true", "maxLength", String.valueOf(maxLength), "modelMaxLength", String.valueOf(maxLength));
        try {
            return new TextFeeds(source, HuggingFaceTokenizer.newInstance(in, options));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": not a Hugging Face tokenizer.json: " + e.getMessage(), e);
        }
    }

    public String source() {
        return source;
    }

    /** Token ids of {@code text}, special tokens included. */
    public long[] ids(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** One feed per passage, with those of the three inputs that {@code modelInputs} has. */
    public List<ModelFeed> feeds(List<String> passages, Set<String> modelInputs) {
        if (!modelInputs.contains(IDS)) {
            throw new IllegalArgumentException("text needs a model input named '" + IDS + "'; this model's inputs are "
                    + modelInputs + " (give them as --input NAME=FILE.npy)");
        }
        List<ModelFeed> out = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            Encoding e = tokenizer.encode(passages.get(i));
            Map<String, InputTensor> in = new LinkedHashMap<>();
            in.put(IDS, InputTensor.row(e.getIds()));
            if (modelInputs.contains(MASK)) {
                in.put(MASK, InputTensor.row(e.getAttentionMask()));
            }
            if (modelInputs.contains(TYPES)) {
                in.put(TYPES, InputTensor.row(e.getTypeIds()));
            }
            out.add(new ModelFeed("passage " + (i + 1), in));
        }
        return out;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}

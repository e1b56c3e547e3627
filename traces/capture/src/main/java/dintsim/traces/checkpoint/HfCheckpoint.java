package dintsim.traces.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dintsim.models.quant.FloatMatrix;
import dintsim.traces.tensor.FloatTensor;
import dintsim.traces.tensor.SafetensorsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Hugging Face model directory: {@code config.json} and the weights in {@code model.safetensors}
 * or shards listed by {@code model.safetensors.index.json} (else every {@code *.safetensors}). The
 * linear layers are found by name, OPT ({@code model.decoder.layers.<i>.self_attn.{q,k,v,out}_proj},
 * {@code fc1}, {@code fc2}) and LLaMA-style ({@code model.layers.<i>.self_attn.{q,k,v,o}_proj},
 * {@code mlp.{gate,up,down}_proj}) naming, plus an untied {@code lm_head}, ordered by block then
 * as executed. Hugging Face stores Linear weights as [out, in] = N x K, as dintsim does. Tensors
 * are read one at a time, so a layer-by-layer pass needs one layer in memory.
 */
public final class HfCheckpoint {
    private static final Pattern BLOCK = Pattern.compile(
            "^(?:model\\.decoder\\.layers|model\\.layers)\\.(\\d+)\\.(self_attn\\.(?:q|k|v|o|out)_proj|mlp\\.(?:gate|up|down)_proj|fc1|fc2)\\.weight$");
    private static final List<String> EXECUTION_ORDER = List.of("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj",
            "self_attn.o_proj", "self_attn.out_proj", "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj", "fc1", "fc2");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One linear layer: its weight (and bias) tensor and the file holding it. */
    public record Linear(String name, String weightTensor, Path file, int n, int k, String biasTensor) {
    }

    private final Path directory;
    private final String modelType;
    private final int hiddenSize;
    private final List<Linear> linears;
    private final Map<Path, SafetensorsFile> shards;

    private HfCheckpoint(Path directory, String modelType, int hiddenSize, List<Linear> linears, Map<Path, SafetensorsFile> shards) {
        this.directory = directory;
        this.modelType = modelType;
        this.hiddenSize = hiddenSize;
        this.linears = List.copyOf(linears);
        this.shards = shards;
    }

    public static HfCheckpoint open(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + ": not a directory (expected a Hugging Face model directory with "
                    + "config.json and *.safetensors)");
        }
        Path configFile = directory.resolve("config.json");
        JsonNode config = readJson(configFile);
        String modelType = text(configFile, config, "model_type");
        int hidden = positive(configFile, config, "hidden_size");
        Map<String, Path> tensorFiles = tensorFiles(directory);
        Map<Path, SafetensorsFile> shards = new TreeMap<>();
        for (Path p : tensorFiles.values()) {
            shards.computeIfAbsent(p, SafetensorsFile::open);
        }
        List<Linear> out = new ArrayList<>();
        List<String> names = new ArrayList<>(tensorFiles.keySet());
        for (String name : names) {
            Matcher m = BLOCK.matcher(name);
            boolean head = name.equals("lm_head.weight");
            if (!m.matches() && !head) {
                continue;
            }
            Path file = tensorFiles.get(name);
            SafetensorsFile sf = shards.get(file);
            if (!sf.names().contains(name)) {
                throw new IllegalArgumentException(directory.resolve("model.safetensors.index.json") + ": weight_map puts '"
                        + name + "' in " + file.getFileName() + ", which has no such tensor");
            }
            int[] shape = sf.shape(name);
            if (shape.length != 2) {
                throw new IllegalArgumentException(file + ": tensor '" + name + "' has shape " + java.util.Arrays.toString(shape)
                        + "; a Linear weight is 2-D [out, in]");
            }
            String base = name.substring(0, name.length() - ".weight".length());
            String bias = tensorFiles.containsKey(base + ".bias") ? base + ".bias" : null;
            out.add(new Linear(base, name, file, shape[0], shape[1], bias));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(directory + ": no OPT or LLaMA linear layer names (model.decoder.layers.<i>.fc1.weight, "
                    + "model.layers.<i>.mlp.up_proj.weight, ...) among " + names.size() + " tensors");
        }
        out.sort(Comparator.comparingInt(HfCheckpoint::block).thenComparingInt(HfCheckpoint::rank));
        Linear first = out.get(0);
        if (block(first) >= 0 && first.k() != hidden) {
            throw new IllegalArgumentException(configFile + ": field 'hidden_size' is " + hidden + " but " + first.weightTensor()
                    + " in " + first.file().getFileName() + " has K = " + first.k());
        }
        return new HfCheckpoint(directory, modelType, hidden, out, shards);
    }

    private static int block(Linear l) {
        Matcher m = BLOCK.matcher(l.weightTensor());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE; // lm_head last
    }

    private static int rank(Linear l) {
        Matcher m = BLOCK.matcher(l.weightTensor());
        return m.matches() ? EXECUTION_ORDER.indexOf(m.group(2)) : 0;
    }

    /** Tensor name -> file, from the index when there is one. */
    private static Map<String, Path> tensorFiles(Path dir) {
        Path index = dir.resolve("model.safetensors.index.json");
        Map<String, Path> out = new LinkedHashMap<>();
        if (Files.exists(index)) {
            JsonNode map = readJson(index).get("weight_map");
            if (map == null || !map.isObject()) {
                throw new IllegalArgumentException(index + ": field 'weight_map' is missing or not an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String file = e.getValue().asText();
                if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
                    throw new IllegalArgumentException(index + ": weight_map['" + e.getKey() + "'] = '" + file
                            + "' is not a file name in the directory");
                }
                Path p = dir.resolve(file);
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException(index + ": weight_map['" + e.getKey() + "'] names " + file + ", which does not exist");
                }
                out.put(e.getKey(), p);
            }
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".safetensors")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + ": cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no *.safetensors files and no model.safetensors.index.json");
        }
        for (Path f : files) {
            for (String name : SafetensorsFile.open(f).names()) {
                Path before = out.put(name, f);
                if (before != null) {
                    throw new IllegalArgumentException(f + ": tensor '" + name + "' is also in " + before.getFileName());
                }
            }
        }
        return out;
    }

    private static JsonNode readJson(Path file) {
        try {
            JsonNode n = JSON.readTree(Files.readString(file));
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException(file + ": not a JSON object");
            }
            return n;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": missing (a Hugging Face model directory has config.json)", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String text(Path file, JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException(file + ": field '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    private static int positive(Path file, JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || v.asInt() < 1) {
            throw new IllegalArgumentException(file + ": field '" + field + "' is missing or not a positive integer");
        }
        return v.asInt();
    }

    public Path directory() {
        return directory;
    }

    public String modelType() {
        return modelType;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    /** The linear layers in execution order. */
    public List<Linear> linears() {
        return linears;
    }

    /** The N x K weights of one layer (read now, F32/F16/BF16 converted to float). */
    public FloatMatrix weights(Linear l) {
        FloatTensor t = shards.get(l.file()).read(l.weightTensor());
        return FloatMatrix.of(l.name() + ".weight", l.n(), l.k(), t.data());
    }

    /** The N biases, or null when the layer has none (LLaMA). */
    public float[] bias(Linear l) {
        if (l.biasTensor() == null) {
            return null;
        }
        Path file = tensorFilesOf(l.biasTensor(), l.file());
        float[] b = shards.get(file).read(l.biasTensor()).data();
        if (b.length != l.n()) {
            throw new IllegalArgumentException(file + ": tensor '" + l.biasTensor() + "' has " + b.length + " values, expected N = " + l.n());
        }
        return b;
    }

    private Path tensorFilesOf(String tensor, Path guess) {
        if (shards.get(guess).names().contains(tensor)) {
            return guess;
        }
        for (Map.Entry<Path, SafetensorsFile> e : shards.entrySet()) {
            if (e.getValue().names().contains(tensor)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException(directory + ": tensor '" + tensor + "' is in no shard");
    }
}

package dintsim.traces.checkpoint;

import dintsim.traces.tensor.FloatTensor;
import dintsim.traces.tensor.SafetensorsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Writes tiny Hugging Face checkpoints (config.json + safetensors) with OPT or LLaMA tensor names, for tests. */
public final class TinyCheckpoint {
    private TinyCheckpoint() {
    }

    /** Seeded weights of std 0.02 with a few large ones, rounded to BF16-exact values. */
    public static FloatTensor tensor(String name, SplittableRandom rnd, int... shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            float x = (float) (rnd.nextGaussian() * 0.02 * (i % 17 == 0 ? 8 : 1));
            v[i] = Float.intBitsToFloat(Float.floatToRawIntBits(x) & 0xFFFF0000);
        }
        return new FloatTensor(name, shape, v);
    }

    /** OPT naming, biases, two shards plus model.safetensors.index.json; returns every tensor by name. */
    public static Map<String, FloatTensor> opt(Path dir, int layers, int hidden, int ffn) {
        SplittableRandom rnd = new SplittableRandom(11);
        List<List<FloatTensor>> shards = List.of(new ArrayList<>(), new ArrayList<>());
        shards.get(0).add(tensor("model.decoder.embed_tokens.weight", rnd, 50, hidden));
        for (int i = 0; i < layers; i++) {
            String p = "model.decoder.layers." + i + ".";
            List<FloatTensor> s = shards.get(i < (layers + 1) / 2 ? 0 : 1);
            for (String proj : List.of("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.out_proj")) {
                s.add(tensor(p + proj + ".weight", rnd, hidden, hidden));
                s.add(tensor(p + proj + ".bias", rnd, hidden));
            }
            s.add(tensor(p + "fc1.weight", rnd, ffn, hidden));
            s.add(tensor(p + "fc1.bias", rnd, ffn));
            s.add(tensor(p + "fc2.weight", rnd, hidden, ffn));
            s.add(tensor(p + "fc2.bias", rnd, hidden));
            s.add(tensor(p + "self_attn_layer_norm.weight", rnd, hidden));
        }
        shards.get(1).add(tensor("lm_head.weight", rnd, 50, hidden));
        Map<String, FloatTensor> all = new LinkedHashMap<>();
        StringBuilder map = new StringBuilder();
        for (int s = 0; s < 2; s++) {
            String file = "model-0000" + (s + 1) + "-of-00002.safetensors";
            SafetensorsWriter.write(dir.resolve(file), shards.get(s), "F32");
            for (FloatTensor t : shards.get(s)) {
                all.put(t.name(), t);
                map.append(map.length() == 0 ? "" : ",").append('"').append(t.name()).append("\":\"").append(file).append('"');
            }
        }
        write(dir.resolve("model.safetensors.index.json"), "{\"metadata\":{},\"weight_map\":{" + map + "}}");
        write(dir.resolve("config.json"), "{\"model_type\":\"opt\",\"hidden_size\":" + hidden + ",\"ffn_dim\":" + ffn
                + ",\"num_hidden_layers\":" + layers + "}");
        return all;
    }

    /** LLaMA naming, no biases, one BF16 model.safetensors. */
    public static Map<String, FloatTensor> llama(Path dir, int layers, int hidden, int intermediate) {
        SplittableRandom rnd = new SplittableRandom(12);
        List<FloatTensor> t = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            String p = "model.layers." + i + ".";
            for (String proj : List.of("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj")) {
                t.add(tensor(p + proj + ".weight", rnd, hidden, hidden));
            }
            t.add(tensor(p + "mlp.gate_proj.weight", rnd, intermediate, hidden));
            t.add(tensor(p + "mlp.up_proj.weight", rnd, intermediate, hidden));
            t.add(tensor(p + "mlp.down_proj.weight", rnd, hidden, intermediate));
        }
        SafetensorsWriter.write(dir.resolve("model.safetensors"), t, "BF16");
        write(dir.resolve("config.json"), "{\"model_type\":\"llama\",\"hidden_size\":" + hidden + ",\"intermediate_size\":"
                + intermediate + ",\"num_hidden_layers\":" + layers + "}");
        Map<String, FloatTensor> all = new LinkedHashMap<>();
        t.forEach(x -> all.put(x.name(), x));
        return all;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

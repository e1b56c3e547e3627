package dintsim.traces.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.Formats;
import dintsim.models.quant.FloatMatrix;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantizedWeights;
import dintsim.models.quant.WeightMetrics;
import dintsim.traces.quantize.CheckpointSource;
import dintsim.traces.quantize.LayerInput;
import dintsim.traces.quantize.Progress;
import dintsim.traces.quantize.WeightOnlyReport;
import dintsim.traces.tensor.FloatTensor;
import dintsim.traces.tensor.NpyWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void shardedOptCheckpointGivesEveryLinearLayerInExecutionOrder() throws Exception {
        Map<String, FloatTensor> t = TinyCheckpoint.opt(dir, 2, 8, 16);
        HfCheckpoint c = HfCheckpoint.open(dir);
        assertEquals("opt", c.modelType());
        List<String> names = c.linears().stream().map(HfCheckpoint.Linear::name).toList();
        assertEquals(List.of("model.decoder.layers.0.self_attn.q_proj", "model.decoder.layers.0.self_attn.k_proj",
                "model.decoder.layers.0.self_attn.v_proj", "model.decoder.layers.0.self_attn.out_proj",
                "model.decoder.layers.0.fc1", "model.decoder.layers.0.fc2", "model.decoder.layers.1.self_attn.q_proj",
                "model.decoder.layers.1.self_attn.k_proj", "model.decoder.layers.1.self_attn.v_proj",
                "model.decoder.layers.1.self_attn.out_proj", "model.decoder.layers.1.fc1", "model.decoder.layers.1.fc2",
                "lm_head"), names);
        HfCheckpoint.Linear fc2 = c.linears().get(11);
        assertEquals(8, fc2.n());
        assertEquals(16, fc2.k());
        assertArrayEquals(t.get("model.decoder.layers.1.fc2.weight").data(), c.weights(fc2).data(), "[out, in] = N x K as stored");
        assertArrayEquals(t.get("model.decoder.layers.1.fc2.bias").data(), c.bias(fc2));
        assertNull(c.bias(c.linears().get(12)), "lm_head has no bias");
    }

    @Test
    void llamaCheckpointWithUserAndSyntheticActivations() throws Exception {
        Map<String, FloatTensor> t = TinyCheckpoint.llama(dir, 1, 16, 32);
        HfCheckpoint c = HfCheckpoint.open(dir);
        assertEquals(List.of("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"),
                c.linears().stream().map(l -> l.name().substring(l.name().lastIndexOf('.') + 1)).toList());
        assertArrayEquals(t.get("model.layers.0.mlp.down_proj.weight").data(), c.weights(c.linears().get(6)).data(), "BF16 read exactly");
        Path acts = Files.createDirectories(dir.resolve("acts"));
        float[] x = new float[5 * 16];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % 9) - 4;
        }
        NpyWriter.write(acts.resolve("model.layers.0.self_attn.q_proj.npy"), new FloatTensor("x", new int[] {5, 16}, x));
        CheckpointSource source = new CheckpointSource(c, acts, 24, 3, Pattern.compile("self_attn\\.q|mlp"));
        List<LayerInput> layers = source.layers();
        assertEquals(4, layers.size());
        assertEquals(5, layers.get(0).activations().rows(), "user activations");
        assertArrayEquals(x, layers.get(0).activations().data());
        assertEquals(24, layers.get(3).activations().rows(), "synthetic activations");
        assertEquals(32, layers.get(3).activations().cols(), "down_proj K");
        assertTrue(source.description().contains("activations: 1 from") && source.description().contains("3 synthetic"),
                source.description());
        List<LayerInput> again = new CheckpointSource(c, acts, 24, 3, Pattern.compile("mlp")).layers();
        assertArrayEquals(layers.get(3).activations().data(), again.get(2).activations().data(), "deterministic: the same activations whatever the filter");
    }

    @Test
    void weightOnlyAnalysisSplitsTheWeightErrorExactly() throws Exception {
        TinyCheckpoint.opt(dir, 1, 8, 16);
        HfCheckpoint c = HfCheckpoint.open(dir);
        Formats f = new Formats();
        List<WeightOnlyReport.Row> rows = WeightOnlyReport.measure(c, null, List.of(f.get("int4"), f.get("dint4")),
                QuantConfig.of(f.get("int4")), Progress.NONE);
        assertEquals(2 * c.linears().size(), rows.size());
        for (WeightOnlyReport.Row r : rows) {
            HfCheckpoint.Linear l = c.linears().stream().filter(x -> x.name().equals(r.metrics().layer())).findFirst().orElseThrow();
            FloatMatrix w = c.weights(l);
            QuantizedWeights q = QuantConfig.of(f.get(r.format())).weightQuantizer().quantize(w);
            float[] d = q.dequantize();
            double mse = 0;
            for (int i = 0; i < d.length; i++) {
                mse += Math.pow((double) d[i] - w.data()[i], 2);
            }
            mse /= d.length;
            WeightMetrics m = r.metrics();
            assertEquals(mse, m.underflowError() + m.roundingError(), 1e-12 * Math.max(1, mse), r.toString());
            assertTrue(m.weightSqnrDb() > 5 && m.weightSqnrDb() < 40, r.toString());
        }
        double int4Under = rows.stream().filter(r -> r.format().equals("int4")).mapToLong(r -> r.metrics().underflowWeights()).sum();
        double dintUnder = rows.stream().filter(r -> r.format().equals("dint4")).mapToLong(r -> r.metrics().underflowWeights()).sum();
        assertTrue(dintUnder < int4Under, "dINT4's denormal codes underflow fewer weights: " + dintUnder + " vs " + int4Under);
        assertTrue(WeightOnlyReport.table(rows).contains("model.decoder.layers.0.fc1"));
    }

    @Test
    void badCheckpointsNameTheFileAndField() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HfCheckpoint.open(dir));
        assertTrue(e.getMessage().contains("config.json: missing"), e.getMessage());
        TinyCheckpoint.opt(dir, 1, 8, 16);
        Files.writeString(dir.resolve("config.json"), "{\"model_type\":\"opt\",\"hidden_size\":12}");
        e = assertThrows(IllegalArgumentException.class, () -> HfCheckpoint.open(dir));
        assertTrue(e.getMessage().contains("config.json: field 'hidden_size' is 12 but"), e.getMessage());
        Files.writeString(dir.resolve("config.json"), "{\"model_type\":\"opt\"}");
        e = assertThrows(IllegalArgumentException.class, () -> HfCheckpoint.open(dir));
        assertTrue(e.getMessage().contains("field 'hidden_size' is missing"), e.getMessage());
        Files.writeString(dir.resolve("config.json"), "{\"model_type\":\"opt\",\"hidden_size\":8}");
        Files.delete(dir.resolve("model-00002-of-00002.safetensors"));
        e = assertThrows(IllegalArgumentException.class, () -> HfCheckpoint.open(dir));
        assertTrue(e.getMessage().contains("model.safetensors.index.json: weight_map['")
                && e.getMessage().contains("model-00002-of-00002.safetensors, which does not exist"), e.getMessage());
        Files.write(dir.resolve("model-00002-of-00002.safetensors"), new byte[0]);
        Files.delete(dir.resolve("model.safetensors.index.json"));
        e = assertThrows(IllegalArgumentException.class, () -> HfCheckpoint.open(dir));
        assertTrue(e.getMessage().contains("model-00002-of-00002.safetensors"), e.getMessage());
    }
}

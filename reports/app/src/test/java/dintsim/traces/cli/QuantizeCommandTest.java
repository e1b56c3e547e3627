package dintsim.traces.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.cli.CommandRun;
import dintsim.traces.checkpoint.TinyCheckpoint;
import dintsim.traces.io.TraceSet;
import dintsim.traces.onnx.TinyOnnx;
import dintsim.traces.quantize.QualityReport;
import dintsim.traces.tensor.FloatTensor;
import dintsim.traces.tensor.NpyWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantizeCommandTest {
    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(new QuantizeCommand(), args);
    }

    @Test
    void syntheticLayerWritesTracesAndTables() throws Exception {
        Path out = dir.resolve("q");
        CommandRun r = run("--synthetic", "64x128x32", "--seed", "4", "--format", "int4,dint4(s=0.25)", "--method", "rtn,aqas",
                "--out", out.toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("W4A8 dint4(s=0.25) aqas"), r.out());
        assertTrue(r.out().contains("W8A8 int8 rtn"), "baseline missing: " + r.out());
        List<String> csv = Files.readAllLines(out.resolve(QualityReport.CSV_FILE));
        assertEquals(1 + 3 * 2, csv.size(), String.join("\n", csv)); // header + 3 formats x 2 methods x 1 layer
        assertTrue(Files.readString(out.resolve(QualityReport.JSON_FILE)).contains("\"underflowFraction\""));
        TraceSet set = TraceSet.read(out.resolve("dint4_s0.25-aqas"));
        assertEquals(1, set.entries().size());
        assertEquals(64, set.loadAll().get(0).m());
        assertEquals("dint4(s=0.25)", set.entries().get(0).weightFormat());
        // Deterministic: a second run gives the same CSV.
        Path again = dir.resolve("q2");
        run("--synthetic", "64x128x32", "--seed", "4", "--format", "int4,dint4(s=0.25)", "--method", "rtn,aqas",
                "--out", again.toString(), "--no-progress");
        assertEquals(Files.readString(out.resolve(QualityReport.CSV_FILE)), Files.readString(again.resolve(QualityReport.CSV_FILE)));
    }

    @Test
    void userTensorsAreQuantized() {
        Path w = dir.resolve("w.npy");
        Path x = dir.resolve("x.npy");
        NpyWriter.write(w, new FloatTensor("w", new int[] {8, 16}, ramp(128, 0.01f)));
        NpyWriter.write(x, new FloatTensor("x", new int[] {4, 16}, ramp(64, 0.3f)));
        CommandRun r = run("--weights", w.toString(), "--activations", x.toString(), "--format", "dint4(s=0.5,zero=false)",
                "--no-baseline", "--out", dir.resolve("u").toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("W4A8 dint4(s=0.5,zero=false) rtn"), r.out());
    }

    @Test
    void badInputGivesMessageAndExitCode2() {
        Path w = dir.resolve("w.npy");
        Path x = dir.resolve("x.npy");
        NpyWriter.write(w, new FloatTensor("w", new int[] {8, 16}, ramp(128, 0.01f)));
        float[] bad = ramp(64, 0.3f);
        bad[21] = Float.NaN;
        NpyWriter.write(x, new FloatTensor("x", new int[] {4, 16}, bad));
        CommandRun r = run("--weights", w.toString(), "--activations", x.toString(), "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("x.npy") && r.err().contains("[1][5]") && r.err().contains("NaN"), r.err());
        assertTrue(!r.err().contains("at dintsim"), "no stack trace: " + r.err());

        Path x2 = dir.resolve("x2.npy");
        NpyWriter.write(x2, new FloatTensor("x2", new int[] {4, 16}, ramp(64, 0.3f)));
        Path narrow = dir.resolve("narrow.npy");
        NpyWriter.write(narrow, new FloatTensor("narrow", new int[] {4, 12}, ramp(48, 0.3f)));
        r = run("--weights", w.toString(), "--activations", narrow.toString(), "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("K must agree") && r.err().contains("narrow.npy"), r.err());

        Path empty = dir.resolve("e.npy");
        NpyWriter.write(empty, new FloatTensor("e", new int[] {0, 16}, new float[0]));
        r = run("--weights", w.toString(), "--activations", x2.toString(), "--calibration", empty.toString(),
                "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("e.npy") && r.err().contains("empty"), r.err());

        r = run("--synthetic", "16x32x8", "--format", "int5", "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown format 'int5'"), r.err());

        r = run("--synthetic", "16x32", "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("MxKxN"), r.err());

        r = run("--synthetic", "16x32x8", "--method", "gptq", "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown method 'gptq'"), r.err());
    }

    @Test
    void anyOnnxModelOnNpyInputsIsQuantized() throws Exception {
        Path model = dir.resolve("mlp.onnx");
        Files.write(model, new TinyOnnx().initializer("w", new int[] {16, 8}, ramp(128, 0.05f))
                .node("/proj/MatMul", "MatMul", List.of("z", "w"), List.of("y"), Map.of())
                .input("z", "batch", "tokens", 16).output("y", "batch", "tokens", 8).bytes());
        Path z = dir.resolve("z.npy");
        NpyWriter.write(z, new FloatTensor("z", new int[] {2, 5, 16}, ramp(160, 0.1f)));
        CommandRun r = run("--onnx", model.toString(), "--input", "z=" + z, "--format", "dint4", "--out", dir.resolve("q").toString(),
                "--no-progress");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("proj"), r.out());
        TraceSet set = TraceSet.read(dir.resolve("q").resolve(Files.list(dir.resolve("q")).filter(Files::isDirectory)
                .map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow()));
        assertEquals("mlp", set.model());
        assertEquals(List.of(10), set.entries().stream().map(TraceSet.Entry::m).toList(), "2 x 5 token rows");

        r = run("--onnx", model.toString(), "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("mlp.onnx: no tokenizer.json beside the model"), r.err());
        r = run("--model", "gpt-5", "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("built-in models are minilm, bge-small, e5-small"), r.err());
        r = run("--tokenizer", "t.json", "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--tokenizer and --input belong to --onnx"), r.err());
    }

    @Test
    void llmCheckpointIsQuantizedWithSyntheticActivationsAndWeightsOnly() throws Exception {
        Path ckpt = Files.createDirectories(dir.resolve("opt-tiny"));
        TinyCheckpoint.opt(ckpt, 1, 8, 16);
        CommandRun r = run("--llm", ckpt.toString(), "--format", "dint4", "--tokens", "12", "--layer-filter", "fc", "--out",
                dir.resolve("q").toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        TraceSet set = TraceSet.read(dir.resolve("q").resolve(Files.list(dir.resolve("q")).filter(Files::isDirectory)
                .map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow()));
        assertEquals("opt-tiny", set.model());
        assertEquals(List.of("model.decoder.layers.0.fc1", "model.decoder.layers.0.fc2"),
                set.entries().stream().map(TraceSet.Entry::layer).toList());
        assertEquals(12, set.entries().get(0).m());

        r = run("--llm", ckpt.toString(), "--weights-only", "--format", "int4,dint4", "--out", dir.resolve("w").toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(dir.resolve("w").resolve("weights.csv"));
        assertEquals(1 + 7 * 3, csv.size(), "header + 7 layers x (int8 baseline, int4, dint4)");
        assertTrue(r.out().contains("weight SQNR"), r.out());

        r = run("--llm", ckpt.toString(), "--layer-filter", "(", "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--layer-filter '(': not a regular expression"), r.err());
        r = run("--llm", dir.resolve("nothing").toString(), "--out", dir.resolve("b").toString(), "--no-progress");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nothing: not a directory"), r.err());
    }

    private static float[] ramp(int n, float step) {
        float[] d = new float[n];
        for (int i = 0; i < n; i++) {
            d[i] = (i % 7 - 3) * step * (1 + i % 3);
        }
        return d;
    }
}

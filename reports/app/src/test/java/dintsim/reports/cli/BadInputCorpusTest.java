package dintsim.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.traces.samples.SampleTraces;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of bad inputs, one group per file kind and per option, each run through the
 * real command line ({@link Main}): every case must exit with code 2, print one message naming the
 * file or option and the reason, show no stack trace or library internals, and leave no file
 * behind (its output directory is not created).
 */
class BadInputCorpusTest {
    @TempDir
    static Path root;
    static Path good;
    static Path trace;

    /** Cases per kind, printed after the run (the issue asks for the count). */
    private static final Map<String, Integer> COUNTS = new TreeMap<>();

    @BeforeAll
    static void writeGoodInputs() {
        good = root.resolve("good");
        SampleTraces.write(good);
        try (Stream<Path> files = Files.list(good)) {
            trace = files.filter(p -> p.toString().endsWith(".dtrace")).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void printCounts() {
        int total = COUNTS.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("bad-input corpus: " + total + " cases " + COUNTS);
    }

    /** One bad input: what to write, the command line (with {FILE}, {OUT}, {DIR}), what the message must say. */
    private record Case(String kind, String name, String fileName, byte[] content, List<String> args, List<String> mentions) {
    }

    private final List<Case> cases = new ArrayList<>();

    private void file(String kind, String name, String fileName, String content, String args, String... mentions) {
        file(kind, name, fileName, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), args, mentions);
    }

    private void file(String kind, String name, String fileName, byte[] content, String args, String... mentions) {
        cases.add(new Case(kind, name, fileName, content, List.of(args.split(" ")), List.of(mentions)));
    }

    private void option(String kind, String args, String... mentions) {
        cases.add(new Case(kind, args, null, null, List.of(args.split(" ")), List.of(mentions)));
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsOneClearMessage() throws IOException {
        traceFiles();
        manifests();
        architectureFiles();
        formatSpecs();
        costTables();
        tensors();
        options();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.kind() + ": " + c.name(), () -> check(c)));
    }

    private void traceFiles() throws IOException {
        byte[] bytes = Files.readAllBytes(trace);
        String sim = "simulate {FILE} --no-progress --out {OUT}";
        file("trace", "empty", "t.dtrace", new byte[0], sim, "t.dtrace");
        for (int cut : new int[] {3, 16, 40, 100, bytes.length / 2, bytes.length - 1}) {
            file("trace", "truncated to " + cut + " bytes", "t.dtrace", java.util.Arrays.copyOf(bytes, cut), sim, "t.dtrace",
                    "truncated");
        }
        byte[] magic = bytes.clone();
        magic[0] ^= 0x5A;
        file("trace", "wrong magic", "t.dtrace", magic, sim, "t.dtrace");
        for (int at : new int[] {bytes.length / 3, bytes.length / 2, bytes.length - 8}) {
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x10;
            file("trace", "bit flip at " + at, "t.dtrace", flipped, sim, "t.dtrace");
        }
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 7);
        file("trace", "trailing bytes", "t.dtrace", longer, sim, "t.dtrace");
        file("trace", "text instead of a trace", "t.dtrace", "hello, world\n", sim, "t.dtrace");
        file("trace", "inspect a truncated trace", "t.dtrace", java.util.Arrays.copyOf(bytes, 100), "trace inspect {FILE}",
                "t.dtrace", "truncated");
        file("trace", "cosim of a truncated trace", "t.dtrace", java.util.Arrays.copyOf(bytes, 100),
                "cosim {FILE} --work {OUT}", "t.dtrace", "truncated");
        option("trace", "simulate {DIR}/missing.dtrace --no-progress --out {OUT}", "missing.dtrace");
        option("trace", "simulate {DIR} --no-progress --out {OUT}", "manifest.json", "subdirectories");
    }

    private void manifests() throws IOException {
        String manifest = Files.readString(good.resolve("manifest.json"));
        String sim = "simulate {FILE} --no-progress --out {OUT}";
        file("manifest", "not JSON", "manifest.json", "{\"traces\": [", sim, "manifest.json");
        file("manifest", "empty", "manifest.json", "", sim, "manifest.json");
        file("manifest", "a JSON array", "manifest.json", "[1, 2]", sim, "manifest.json");
        file("manifest", "a trace it names is missing", "manifest.json", manifest, sim, "manifest.json");
        // A layer larger than the heap is refused before any work, with the size it needs.
        String huge = manifest.replaceFirst("\"m\" : 4,", "\"m\" : 1000000,").replaceFirst("\"n\" : 4,", "\"n\" : 1000000,");
        file("manifest", "a layer larger than the heap", "manifest.json", huge, sim, "sample.int8xint8.4x8x4", "GiB of heap",
                "-Xmx");
        // A manifest under another name: the error names that file, not manifest.json.
        file("manifest", "a manifest named m.json whose traces are missing", "m.json", manifest, sim, "m.json: lists trace");
        file("manifest", "an unknown field", "manifest.json", manifest.replaceFirst("\\{", "{\"bogus\": 1, "), sim,
                "manifest.json", "bogus");
    }

    private void architectureFiles() {
        String sim = "simulate " + "{GOOD} --no-progress --arch {FILE} --out {OUT}";
        String[][] yaml = {
            {"array: {rows: 0}", "array.rows"},
            {"array: {cols: 5000}", "array.cols"},
            {"array: {rows: four}", "array.rows"},
            {"array: {dataflow: rs}", "array.dataflow"},
            {"array: {dataflow: 3}", "array.dataflow"},
            {"array: {overlap: maybe}", "array.overlap"},
            {"arrray: {rows: 4}", "arrray"},
            {"clockMhz: -5", "clockMhz"},
            {"clockMhz: 1e9", "clockMhz"},
            {"design: int9xint8", "design"},
            {"design: int8xint8", "design"},
            {"buffers: {input: {sizeKiB: -1}}", "buffers.input.sizeKiB"},
            {"buffers: {weight: {banks: 4096}}", "buffers.weight.banks"},
            {"buffers: {output: {bankWidthBits: 0}}", "buffers.output.bankWidthBits"},
            {"buffers: {output: {sizeKiB: 1}}", "buffers.output.sizeKiB"},
            {"buffers: {scratch: {sizeKiB: 1}}", "scratch"},
            {"dram: {bytesPerCycle: 0}", "dram.bytesPerCycle"},
            {"dram: 5", "dram"},
            {"array: [1, 2]", "array"},
            {"- 1\n- 2", "arch.yaml"},
            {"array: {rows: 4", "arch.yaml"},
            {"", "arch.yaml"},
        };
        for (String[] c : yaml) {
            file("architecture", c[0].isEmpty() ? "empty" : c[0], "arch.yaml", c[0], sim, "arch.yaml", c[1]);
        }
        file("architecture", "JSON not closed", "arch.json", "{\"array\": ", sim, "arch.json", "JSON");
        option("architecture", "simulate {GOOD} --no-progress --arch {DIR}/none.yaml --out {OUT}", "none.yaml");
    }

    private void formatSpecs() {
        String fmts = "formats --format-spec {FILE}";
        String[][] specs = {
            {"", "empty"},
            {"[]", "object"},
            {"{\"name\": \"myfmt\", \"bits\": 4}", "codes"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": null}", "codes"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": 7}", "codes"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": [null]}", "codes[0]"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": [{\"code\": \"01\", \"value\": 1}, {\"code\": \"0010\", \"value\": 2}]}", "01"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": [{\"code\": \"0001\", \"value\": 0.3}, {\"code\": \"0010\", \"value\": 2}]}", "0.3"},
            {"{\"name\": \"myfmt\", \"bits\": 0, \"codes\": [{\"code\": \"0\", \"value\": 1}]}", "bits"},
            {"{\"name\": \"myfmt\", \"bits\": 9, \"codes\": [{\"code\": \"000000001\", \"value\": 1}]}", "bits"},
            {"{\"name\": \"myfmt\", \"bits\": \"four\", \"codes\": []}", "bits"},
            {"{\"bits\": 4, \"codes\": [{\"code\": \"0001\", \"value\": 1}]}", "name"},
            {"{\"name\": null, \"bits\": 4, \"codes\": [{\"code\": \"0001\", \"value\": 1}]}", "name"},
            {"{\"name\": \"int8\", \"bits\": 4, \"codes\": [{\"code\": \"0001\", \"value\": 1}]}", "int8"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": [{\"code\": \"0001\", \"value\": 1}, {\"code\": \"0001\", \"value\": 2}]}",
                "0001"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": [{\"code\": \"0001\"}]}", "value"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": [{\"code\": \"0001\", \"value\": 1, \"special\": \"yes\"}]}", "special"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": [{\"code\": \"0001\", \"value\": 1, \"extra\": 1}]}", "extra"},
            {"{\"name\": \"myfmt\", \"bits\": 4, \"codes\": [{\"code\": \"0001\", \"value\": 1e30}, {\"code\": \"0010\", \"value\": 2}]}", "value"},
            {"{\"name\": \"myfmt\", ", "spec"},
        };
        for (String[] s : specs) {
            file("format spec", s[0].isEmpty() ? "empty" : s[0], "fmt.json", s[0], fmts, "fmt.json", s[1]);
        }
        file("format spec", "given to quantize", "fmt.json", "{\"name\": \"myfmt\", \"bits\": 4, \"codes\": null}",
                "quantize --synthetic 4x8x4 --format-spec {FILE} --out {OUT} --no-progress", "fmt.json", "codes");
        option("format spec", "formats --format-spec {DIR}/none.json", "none.json");
    }

    private void costTables() {
        String sim = "simulate {GOOD} --no-progress --costs {FILE} --out {OUT}";
        String[][] tables = {
            {"", "costs.json"},
            {"{", "costs.json"},
            {"[]", "costs.json"},
            {"{\"mac\": 5}", "field"},
            {"{\"technology\": \"x\"}", "costs.json"},
        };
        for (String[] t : tables) {
            file("cost table", t[0].isEmpty() ? "empty" : t[0], "costs.json", t[0], sim, "costs.json", t[1]);
        }
        option("cost table", "simulate {GOOD} --no-progress --costs {DIR}/none.json --out {OUT}", "none.json");
    }

    private void tensors() {
        String q = "quantize --weights {FILE} --activations {FILE} --out {OUT} --no-progress";
        file("tensor", "empty .npy", "w.npy", new byte[0], q, "w.npy");
        file("tensor", "not an .npy", "w.npy", "hello", q, "w.npy");
        byte[] header = "\u0093NUMPY\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        file("tensor", ".npy with a cut header", "w.npy", header, q, "w.npy");
        file("tensor", "empty .safetensors", "w.safetensors", new byte[0], q, "w.safetensors");
        file("tensor", "garbage .safetensors", "w.safetensors", new byte[] {9, 0, 0, 0, 0, 0, 0, 0, '{', '}'}, q, "w.safetensors");
        file("tensor", "unknown extension", "w.txt", "1 2 3", q, "w.txt");
        option("tensor", "quantize --weights {DIR}/none.npy --activations {DIR}/none.npy --out {OUT} --no-progress", "none.npy");
        file("text", "empty corpus", "corpus.txt", "", "check-model --text {FILE}", "corpus.txt");
        option("text", "check-model --text {DIR}/none.txt", "none.txt");
    }

    private void options() {
        String[][] sim = {
            {"--array 0x8", "--array"}, {"--array 8", "--array"}, {"--array 8x", "--array"}, {"--array axb", "--array"},
            {"--array 2000x2", "--array"}, {"--dataflow rs", "--dataflow"}, {"--design int9xint8", "--design"},
            {"--design int8xint8", "design"}, {"--fidelity exact", "--fidelity"}, {"--clock-mhz -1", "--clock-mhz"},
            {"--clock-mhz 1e9", "--clock-mhz"}, {"--clock-mhz x", "--clock-mhz"},
        };
        for (String[] s : sim) {
            option("option (simulate)", "simulate {GOOD} --no-progress --out {OUT} " + s[0], s[1]);
        }
        option("option (simulate)", "simulate {GOOD} --no-progress --write-outputs", "--write-outputs");
        option("option (simulate)", "simulate", "TRACES");
        option("option (simulate)", "simulate {GOOD} --bogus", "--bogus");
        String[][] quantize = {
            {"--synthetic 0x8x8", "--synthetic"}, {"--synthetic 8x8", "--synthetic"}, {"--format int9", "int9"},
            {"--method foo", "foo"}, {"--group-size -1", "--group-size"}, {"--group-size 3", "--group-size"},
            {"--clip-min 2", "--clip-min"}, {"--clip-min 0", "--clip-min"}, {"--act-calibration p101", "101"},
            {"--act-calibration nope", "nope"}, {"--seed x", "--seed"}, {"--refine-channels -1", "--refine-channels"},
            {"--seq-len -1", "--seq-len"},
        };
        for (String[] s : quantize) {
            option("option (quantize)", "quantize --synthetic 4x8x4 --no-progress --out {OUT} " + s[0], s[1]);
        }
        option("option (quantize)", "quantize --synthetic 4x8x4 --weights {GOOD} --no-progress --out {OUT}", "--synthetic");
        option("option (quantize)", "quantize --model nope --no-progress --out {OUT}", "nope");
        String[][] report = {
            {"--layers -1", "--layers"}, {"--threads 0", "--threads"}, {"--synthetic 4x4", "--synthetic"},
            {"--method foo", "foo"}, {"--formats int9", "int9"}, {"--sweep-format int9", "int9"},
            {"--array-sizes 0", "--array-sizes"}, {"--array-sizes 4000", "--array-sizes"}, {"--dataflows rs", "rs"},
            {"--default-array 0", "--default-array"}, {"--cosim-array 0", "--cosim-array"},
            {"--cosim-layers -1", "--cosim-layers"}, {"--energy-layers -1", "--energy-layers"},
            {"--energy-macs 0", "--energy-macs"}, {"--costs {DIR}/none.json", "none.json"},
        };
        for (String[] s : report) {
            option("option (report)", "report --synthetic 8x16x8 --skip-rtl --no-progress --cache-dir {DIR}/cache --out {OUT} "
                    + s[0], s[1]);
        }
        String[][] cosim = {
            {"--random 1x2", "--random"}, {"--random 0x4x4", "--random"}, {"--array 0x4", "--array"},
            {"--dataflow rs", "rs"}, {"--design int9xint8", "int9"}, {"--seed x", "--seed"},
        };
        for (String[] s : cosim) {
            option("option (cosim)", "cosim --random 4x8x4 --work {OUT} " + s[0], s[1]);
        }
        option("option (cosim)", "cosim --work {OUT}", "TRACES");
        file("option (cosim)", "--work is a file", "work", "x", "cosim --random 4x8x4 --work {FILE}", "work", "--work");
        String[][] synth = {
            {"--design int9xint8", "int9"}, {"--macs-per-trace 0", "--macs-per-trace"},
            {"--base-costs {DIR}/none.json", "none.json"}, {"--design int8xint8,nope", "nope"},
            {"--clock-ns -1", "--clock-ns"}, {"--sweep-ns 0,-2", "--sweep-ns"}, {"--library nosuchlib", "--library"}, {"--library dintsim45", "timing arcs"},
            {"--multiplier wallace", "--multiplier"}, {"--array 4by4", "--array"},
            {"--accumulator-bits 8", "narrower than"}, {"--accumulator-bits 40", "--accumulator-bits"},
            {"--glitch-macs-per-trace -1", "--glitch-macs-per-trace"},
        };
        for (String[] s : synth) {
            option("option (synth)", "synth --traces {GOOD} --work {DIR}/synth-work --out {OUT} " + s[0], s[1]);
        }
        option("option (check-model)", "check-model --max-len 0", "--max-len");
        option("option (check-model)", "check-model --min-cosine 2", "--min-cosine");
        option("option (formats)", "formats --format int9", "int9");
        option("option (trace)", "trace inspect", "FILE");
        option("option (trace)", "trace samples", "DIR");
        option("option (main)", "nosuchcommand", "nosuchcommand");
        // explore checks every option before its minutes-long sensitivity run.
        option("option (explore)", "explore --out {OUT} --format int9", "--format", "int9");
        option("option (explore)", "explore --out {OUT} --points 1", "--points");
        option("option (explore)", "explore --out {OUT} --clip-min 0", "--clip-min");
        option("option (explore)", "explore --out {OUT} --energy-budget -5", "--energy-budget");
        option("option (explore)", "explore --out {OUT} --cosine-floor 1.5", "--cosine-floor");
        option("option (explore)", "explore --out {OUT} --method gptq", "--method", "gptq");
        option("option (explore)", "explore --out {OUT} --format dint4(s=0.625)", "dint4(s=0.625)xint8");
        file("explore", "cost table that is not JSON", "c.json", "{\"mac\": ", "explore --out {OUT} --costs {FILE}",
                "c.json", "--costs");
        file("explore", "architecture naming a design", "a.yaml", "design: int8xint8\n",
                "explore --out {OUT} --arch {FILE}", "--arch", "design");
        // SCALE-Sim inputs: a good topology with a bad config, a good config with a bad topology.
        String cfg = "[general]\nrun_name = bad\n\n[architecture_presets]\nArrayHeight: 8\nArrayWidth: 8\n"
                + "IfmapSramSzkB: 64\nFilterSramSzkB: 64\nOfmapSramSzkB: 64\nIfmapOffset: 0\nFilterOffset: 10000000\n"
                + "OfmapOffset: 20000000\nDataflow: ws\nBandwidth: 10\nMemoryBanks: 1\n\n[run_presets]\n"
                + "InterfaceBandwidth: CALC\n";
        String topo = "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                + "conv1, 8, 8, 3, 3, 4, 8, 1,\n";
        file("scalesim", "config with an unknown dataflow", "s.cfg", cfg.replace("Dataflow: ws", "Dataflow: rs"),
                "scalesim -c {FILE} -t {DIR}/topo.csv -p {OUT}", "s.cfg", "rs");
        file("scalesim", "config without the array height", "s.cfg", cfg.replace("ArrayHeight: 8\n", ""),
                "scalesim -c {FILE} -t {DIR}/topo.csv -p {OUT}", "s.cfg", "ArrayHeight");
        file("scalesim", "empty config", "s.cfg", "", "scalesim -c {FILE} -t {DIR}/topo.csv -p {OUT}", "s.cfg");
        file("scalesim", "missing topology", "s.cfg", cfg, "scalesim -c {FILE} -t {DIR}/topo.csv -p {OUT}", "topo.csv");
        file("scalesim", "topology row with a letter", "t.csv", topo.replace("conv1, 8, 8", "conv1, 8, x"),
                "scalesim -c {DIR}/none.cfg -t {FILE} -p {OUT}", "none.cfg");
        option("scalesim", "scalesim -c {DIR}/none.cfg -t {DIR}/none.csv -p {OUT} -i mlp", "-i", "mlp");
        option("option (quantize)", "quantize --onnx {DIR}/none.onnx --out {OUT} --no-progress", "none.onnx");
        option("option (quantize)", "quantize --llm {DIR}/nollm --out {OUT} --no-progress", "nollm");
        option("option (quantize)", "quantize --model nosuch --out {OUT} --no-progress", "nosuch");
    }

    private void check(Case c) throws IOException {
        Path dir = Files.createTempDirectory(root, "case-");
        Path out = dir.resolve("out");
        if (c.fileName() != null) {
            Files.write(dir.resolve(c.fileName()), c.content());
        }
        List<String> args = new ArrayList<>();
        for (String a : c.args()) {
            args.add(a.replace("{FILE}", c.fileName() == null ? "" : dir.resolve(c.fileName()).toString())
                    .replace("{OUT}", out.toString()).replace("{DIR}", dir.toString()).replace("{GOOD}", good.toString()));
        }
        List<String> before = listing(dir);
        StringWriter err = new StringWriter();
        StringWriter stdout = new StringWriter();
        picocli.CommandLine cli = CommandLines.of(new Main());
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args.toArray(new String[0]));
        String message = err.toString();
        String what = String.join(" ", args) + "\n" + message;
        COUNTS.merge(c.kind(), 1, Integer::sum);
        assertEquals(2, code, "exit code of " + what + stdout);
        for (String m : c.mentions()) {
            assertTrue(message.toLowerCase(Locale.ROOT).contains(m.toLowerCase(Locale.ROOT)), "message must name '" + m + "': " + what);
        }
        for (String internal : new String[] {"\tat ", "Exception", "com.fasterxml", "java.", "internal error", "Source:",
            "JsonToken", "`", "$"}) {
            assertFalse(message.contains(internal), "no stack trace or library internals ('" + internal + "'): " + what);
        }
        assertEquals(before, listing(dir), "no file left behind: " + what);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}

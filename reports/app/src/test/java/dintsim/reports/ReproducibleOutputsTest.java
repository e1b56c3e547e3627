package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.cli.CommandLines;
import dintsim.reports.cli.Main;
import dintsim.traces.samples.SampleTraces;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are a function of the inputs: two runs give byte-identical directories (only
 * run-info.json, which holds timings and cache hits, may differ), a damaged cache is recomputed
 * rather than trusted, and a report killed at any point reruns to the same bytes.
 */
class ReproducibleOutputsTest {
    private static final List<String> REPORT = List.of("report", "--synthetic", "24x40x20", "--array-sizes", "4,8",
            "--default-array", "8", "--skip-rtl", "--no-progress");

    private static int dintsim(List<String> args) {
        picocli.CommandLine cli = CommandLines.of(new Main());
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int code = CommandLines.execute(cli, args.toArray(new String[0]));
        assertEquals(0, code, String.join(" ", args) + "\n" + err);
        return code;
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    /** Every file below {@code dir} (relative name to bytes), without run-info.json and the cache. */
    static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(f).toString();
                if (!name.equals("run-info.json") && !name.startsWith(".cache") && !name.startsWith("cache")) {
                    out.put(name, Files.readAllBytes(f));
                }
            }
        }
        return out;
    }

    static void assertSameBytes(Path a, Path b) throws IOException {
        Map<String, byte[]> x = contents(a);
        Map<String, byte[]> y = contents(b);
        assertEquals(x.keySet(), y.keySet(), "the same files in " + a + " and " + b);
        assertTrue(x.size() > 0, "something was written to " + a);
        for (String name : x.keySet()) {
            assertTrue(Arrays.equals(x.get(name), y.get(name)), name + " differs between two runs");
        }
    }

    @Test
    void twoRunsOfEachCommandWriteTheSameBytes(@TempDir Path dir) throws IOException {
        Path traces = dir.resolve("traces");
        SampleTraces.write(traces);
        for (String run : new String[] {"a", "b"}) {
            dintsim(List.of("simulate", traces.toString(), "--fidelity", "cycle", "--no-progress", "--write-outputs",
                    "--out", dir.resolve("sim-" + run).toString()));
            dintsim(List.of("quantize", "--synthetic", "16x32x24", "--format", "int4,dint4", "--no-progress",
                    "--out", dir.resolve("quant-" + run).toString()));
            dintsim(with(REPORT, "--out", dir.resolve("report-" + run).toString(), "--cache-dir",
                    dir.resolve("cache-" + run).toString()));
        }
        assertSameBytes(dir.resolve("sim-a"), dir.resolve("sim-b"));
        assertSameBytes(dir.resolve("quant-a"), dir.resolve("quant-b"));
        assertSameBytes(dir.resolve("report-a"), dir.resolve("report-b"));
    }

    /** Every file one command writes for another is read back by it: no output dintsim refuses as input. */
    @Test
    void whatDintsimWritesItReadsBack(@TempDir Path dir) throws IOException {
        Path quantized = dir.resolve("q");
        dintsim(List.of("quantize", "--synthetic", "16x32x24", "--format", "dint4", "--no-progress", "--out", quantized.toString()));
        // The quantize output directory itself (trace sets in subdirectories), and one set of it.
        dintsim(List.of("simulate", quantized.toString(), "--no-progress", "--costs",
                writeBuiltInCosts(dir).toString()));
        Path samples = dir.resolve("samples");
        dintsim(List.of("trace", "samples", samples.toString()));
        try (Stream<Path> files = Files.list(samples)) {
            Path one = files.filter(f -> f.toString().endsWith(".dtrace")).sorted().findFirst().orElseThrow();
            dintsim(List.of("trace", "inspect", one.toString()));
            dintsim(List.of("simulate", one.toString(), samples.resolve("manifest.json").toString(), "--no-progress"));
        }
        Path report = dir.resolve("report");
        dintsim(with(REPORT, "--out", report.toString(), "--costs", writeBuiltInCosts(dir).toString()));
        dintsim(with(REPORT, "--out", dir.resolve("report2").toString(), "--costs", report.resolve("costs.json").toString()));
        dintsim(List.of("simulate", samples.toString(), "--no-progress", "--costs", report.resolve("costs.json").toString()));
    }

    /** The built-in cost table as a file, as a user would pass it. */
    private static Path writeBuiltInCosts(Path dir) throws IOException {
        Path f = dir.resolve("builtin-costs.json");
        Files.writeString(f, dintsim.sim.cost.CostTable.defaults().toJson());
        return f;
    }

    @Test
    void aDamagedCacheIsRecomputedNotTrusted(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        dintsim(with(REPORT, "--out", dir.resolve("clean").toString(), "--cache-dir", cache.toString()));
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cache)) {
            entries = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")
                    || f.toString().endsWith(".dtrace")).sorted().toList();
        }
        assertTrue(entries.size() > 10, "the cache holds results and traces: " + entries);
        // Damage every other entry in a different way: a flipped byte, a cut file, an edited number.
        for (int i = 0; i < entries.size(); i += 2) {
            Path f = entries.get(i);
            byte[] b = Files.readAllBytes(f);
            switch (i % 3) {
                case 0 -> b[b.length / 2] ^= 0x04;
                case 1 -> b = Arrays.copyOf(b, b.length / 3);
                default -> b = new String(b, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("[0-9]", "7")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            Files.write(f, b);
        }
        dintsim(with(REPORT, "--out", dir.resolve("after").toString(), "--cache-dir", cache.toString()));
        assertSameBytes(dir.resolve("clean"), dir.resolve("after"));
    }

    /**
     * A report run in its own JVM, killed with SIGKILL after increasing delays (so at different
     * stages), then run to the end: the result is the bytes of an uninterrupted run, and no
     * staging directory is left.
     */
    @Test
    void aReportKilledAtAnyStageRerunsToTheSameResults(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(with(REPORT, "--out", out.toString(), "--cache-dir", cache.toString()));
        int killed = 0;
        for (long delayMs : new long[] {300, 900, 1500, 2500, 4000, 6000}) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                    .start();
            if (!p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no cleanup
                p.waitFor();
                killed++;
            }
        }
        Process last = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        assertTrue(last.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), Files.readString(dir.resolve("log.txt")));
        assertTrue(killed > 0, "at least one run was killed mid-way");
        dintsim(with(REPORT, "--out", dir.resolve("reference").toString(), "--cache-dir", dir.resolve("fresh").toString()));
        assertSameBytes(dir.resolve("reference"), out);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("dintsim-partial")).toList());
        }
    }
}

package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dintsim.reports.cli.CommandLines;
import dintsim.reports.cli.ReportCommand;
import dintsim.sim.hw.array.Dataflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The report command end to end on small configurations (one synthetic layer, small arrays). */
class ReportCommandTest {
    static final List<String> SMALL = List.of("--synthetic", "24x40x20", "--array-sizes", "4,8", "--default-array", "8",
            "--no-progress");

    static int run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("--out", out.toString()));
        args.addAll(SMALL);
        args.addAll(List.of(extra));
        return CommandLines.of(new ReportCommand()).execute(args.toArray(new String[0]));
    }

    static JsonNode runInfo(Path out) throws Exception {
        return ReportWriter.JSON.readTree(out.resolve("run-info.json").toFile());
    }

    @Test
    void simulationOnlyRunIsCachedAndReproducible(@TempDir Path a, @TempDir Path b) throws Exception {
        assertEquals(0, run(a, "--skip-rtl"));
        JsonNode first = runInfo(a);
        assertTrue(first.get("stages").get(0).asText().startsWith("quantize: 6 computed, 0 from cache"),
                first.toString());
        JsonNode results = ReportWriter.JSON.readTree(a.resolve("results.json").toFile());
        // 2 arrays (4 and 8) x every dataflow of the sweep format plus nothing new for the default (8x8 ws).
        assertEquals(2 * Dataflow.all().size(), results.get("performance").size());
        assertEquals(3, results.get("specialValue").size());
        assertEquals(2, results.get("weightError").get("series").size());
        assertTrue(Files.readString(a.resolve("index.html")).contains("RTL stages skipped (--skip-rtl)"));
        byte[] png = Files.readAllBytes(a.resolve("throughput-per-layer.png"));
        byte[] json = Files.readAllBytes(a.resolve("results.json"));

        assertEquals(0, run(a, "--skip-rtl"));
        JsonNode second = runInfo(a);
        assertTrue(second.get("stages").get(0).asText().startsWith("quantize: 0 computed, 6 from cache"),
                second.toString());
        // 5 settings besides the sweep format on the default array, the sweep format on every array.
        int simulations = 5 + 2 * Dataflow.all().size();
        assertTrue(second.get("stages").get(1).asText().startsWith("simulate: 0 computed, " + simulations + " from cache"),
                second.toString());
        assertArrayEquals(json, Files.readAllBytes(a.resolve("results.json")), "cached re-run changed results.json");
        assertArrayEquals(png, Files.readAllBytes(a.resolve("throughput-per-layer.png")));

        // A changed input recomputes only what depends on it: another sweep size reuses the quantization.
        assertEquals(0, run(a, "--skip-rtl", "--array-sizes", "4,8,16"));
        JsonNode third = runInfo(a);
        assertTrue(third.get("stages").get(0).asText().startsWith("quantize: 0 computed"), third.toString());
        assertTrue(third.get("stages").get(1).asText().startsWith("simulate: " + Dataflow.all().size() + " computed, "
                        + simulations + " from cache"),
                third.toString());

        // --no-cache recomputes everything, into another directory, with the same bytes.
        assertEquals(0, run(b, "--skip-rtl", "--no-cache", "--cache-dir", a.resolve(".cache").toString()));
        assertTrue(runInfo(b).get("stages").get(0).asText().startsWith("quantize: 6 computed"));
        assertArrayEquals(json, Files.readAllBytes(b.resolve("results.json")));
    }

    @Test
    void badOptionsAreRejectedWithTheirName(@TempDir Path a) {
        CommandLine cli = CommandLines.of(new ReportCommand());
        java.io.StringWriter err = new java.io.StringWriter();
        cli.setErr(new java.io.PrintWriter(err));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(e.getMessage());
            return 2;
        });
        assertEquals(2, cli.execute("--out", a.toString(), "--sweep-format", "nf4", "--skip-rtl"));
        assertTrue(err.toString().contains("--sweep-format nf4"), err.toString());
        assertFalse(Files.exists(a.resolve("index.html")));
    }

    @Test
    @Tag("verilator")
    @Tag("yosys")
    void fullFlowWithCosimulationAndSynthesis(@TempDir Path a) throws Exception {
        assertEquals(0, run(a, "--formats", "int8,dint4", "--sweep-format", "dint4", "--cosim-array", "4",
                "--energy-macs", "2000", "--energy-layers", "1"));
        JsonNode results = ReportWriter.JSON.readTree(a.resolve("results.json").toFile());
        assertEquals(2 * dintsim.sim.hw.array.Dataflow.all().size(), results.get("cosim").size(), "2 designs x every dataflow");
        for (JsonNode c : results.get("cosim")) {
            assertEquals(c.get("simCycles").asLong(), c.get("rtlCycles").asLong(), c.toString());
            assertEquals(0, c.get("mismatches").asLong(), c.toString());
            assertEquals("", c.get("problems").asText(), c.toString());
        }
        assertEquals(2, results.get("area").size());
        for (JsonNode r : results.get("paperRatios")) {
            assertTrue(r.get("measured").asDouble() > 0, r.toString());
        }
        for (String chart : List.of("area-breakdown", "energy-per-mac", "energy-per-layer", "pareto-sqnr")) {
            assertTrue(Files.exists(a.resolve(chart + ".png")), chart);
        }
        assertEquals(0, run(a, "--formats", "int8,dint4", "--sweep-format", "dint4", "--cosim-array", "4",
                "--energy-macs", "2000", "--energy-layers", "1"));
        for (JsonNode s : runInfo(a).get("stages")) {
            assertTrue(s.asText().contains(" 0 computed"), "re-run recomputed: " + s.asText());
        }
    }
}

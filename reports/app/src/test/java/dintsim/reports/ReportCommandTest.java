package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.reports.cli.CommandLines;
import dintsim.reports.cli.ReportCommand;
import dintsim.reports.pipeline.ReportFlow;
import dintsim.sim.cli.SimulateCommand;
import dintsim.sim.cost.Cost;
import dintsim.sim.cost.CostTable;
import dintsim.sim.cost.MacCost;
import dintsim.sim.hw.array.Dataflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

    /**
     * The report's published layer energy is the simulator's: for every layer and design it equals,
     * exactly, what {@code dintsim simulate --costs OUT/costs.json TRACES --array 8x8 --dataflow ws}
     * prints as energyPj.total for the same trace (the report's default array is 8x8 ws here).
     */
    @Test
    void publishedLayerEnergyIsExactlyWhatSimulateWithTheCostsPrints(@TempDir Path a, @TempDir Path work) throws Exception {
        Map<MacDesign, MacCost> macs = new LinkedHashMap<>();
        macs.put(MacDesigns.standard("int8xint8"), new MacCost(new Cost(0.0625, "test zero"), new Cost(0.5, "test special"),
                new Cost(0.75, "test normal"), new Cost(900, "test area")));
        macs.put(MacDesigns.standard("dint4xint8"), new MacCost(new Cost(0.03125, "test zero"), new Cost(0.125, "test special"),
                new Cost(0.375, "test normal"), new Cost(500, "test area")));
        Path given = work.resolve("given-costs.json");
        Files.writeString(given, CostTable.defaults().withMacs(macs, "test", "test").toJson());
        assertEquals(0, run(a, "--skip-rtl", "--costs", given.toString(), "--formats", "int8,dint4", "--sweep-format", "dint4"));
        Path costs = a.resolve(ReportFlow.COSTS_FILE);
        assertEquals(Files.readString(given), Files.readString(costs), "the report publishes the table it charged");

        JsonNode layerEnergy = ReportWriter.JSON.readTree(a.resolve("results.json").toFile()).get("layerEnergy");
        assertEquals(2, layerEnergy.size(), "one synthetic layer x int8, dint4");
        List<Path> traceSets;
        try (Stream<Path> s = Files.list(a.resolve(".cache").resolve("quantize-traces"))) {
            traceSets = s.sorted().toList();
        }
        int compared = 0;
        for (Path dir : traceSets) {
            try (Stream<Path> sets = Files.list(dir)) {
                for (Path set : sets.filter(Files::isDirectory).sorted().toList()) {
                    Path simOut = work.resolve("sim-" + compared);
                    assertEquals(0, new CommandLine(new SimulateCommand()).execute("--costs", costs.toString(), "--array", "8x8",
                            "--dataflow", "ws", "--no-progress", "--out", simOut.toString(), set.toString()));
                    for (JsonNode layer : ReportWriter.JSON.readTree(simOut.resolve("layers.json").toFile()).get("layers")) {
                        JsonNode f = layer.get("figures");
                        JsonNode published = find(layerEnergy, f.get("layer").asText(), f.get("design").asText());
                        double simulatePj = f.get("energyPj.total").asDouble();
                        assertEquals(simulatePj / 1000, published.get("nanojoules").asDouble(), 0.0, f.toString());
                        // Not the old MAC-only figure: registers and memory are in it.
                        double macOnly = f.get("energyPj.mac.zero").asDouble() + f.get("energyPj.mac.special").asDouble()
                                + f.get("energyPj.mac.normal").asDouble();
                        assertTrue(simulatePj > macOnly && macOnly > 0, f.toString());
                        compared++;
                    }
                }
            }
        }
        assertEquals(2, compared, "every published layer energy was compared");
    }

    private static JsonNode find(JsonNode layerEnergy, String layer, String design) {
        for (JsonNode e : layerEnergy) {
            if (e.get("layer").asText().equals(layer) && e.get("design").asText().equals(design)) {
                return e;
            }
        }
        throw new AssertionError("no published energy for " + layer + " on " + design + " in " + layerEnergy);
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
        for (String chart : List.of("area-breakdown", "area-vs-clock", "energy-per-mac", "energy-by-kind", "energy-per-layer",
                "pareto-sqnr")) {
            assertTrue(Files.exists(a.resolve(chart + ".png")), chart);
        }
        // The iso-frequency study: both sweeps, glitch-aware energy, the gap steps measured.
        JsonNode synth = results.get("synthesis");
        assertEquals(2 * dintsim.reports.pipeline.SynthStage.SWEEP_NS.size(), synth.get("sweep").size());
        assertEquals(2, synth.get("isoPoints").size());
        for (JsonNode p : synth.get("isoPoints")) {
            assertTrue(p.get("fmaxMhz").asDouble() >= synth.get("isoFrequencyMhz").asDouble() - 1e-9, p.toString());
        }
        for (JsonNode e : synth.get("energyByKind")) {
            if (e.get("kind").asText().equals("all")) {
                assertTrue(e.get("glitchAwarePj").asDouble() > 0, e.toString());
            }
        }
        List<String> measured = new java.util.ArrayList<>();
        for (JsonNode g : synth.get("gap")) {
            if (!g.get("paper").asBoolean() && !g.get("areaRatio").isNull()) {
                measured.add(g.get("step").asText());
            }
        }
        assertTrue(measured.size() >= 4, "baseline, glitches, Booth, accumulator: " + measured);
        assertTrue(Files.readString(a.resolve("gap-decomposition.csv")).contains("paper (dINT"));
        assertEquals(0, run(a, "--formats", "int8,dint4", "--sweep-format", "dint4", "--cosim-array", "4",
                "--energy-macs", "2000", "--energy-layers", "1"));
        for (JsonNode s : runInfo(a).get("stages")) {
            assertTrue(s.asText().contains(" 0 computed"), "re-run recomputed: " + s.asText());
        }
    }
}

package dintsim.rtl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacKind;
import dintsim.reports.cli.CommandLines;
import dintsim.rtl.synth.Fixtures;
import dintsim.sim.cost.CostTable;
import dintsim.traces.io.TraceWriter;
import dintsim.traces.samples.SampleTraces;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@Tag("yosys")
@Tag("verilator")
class SynthCommandTest {
    @Test
    void writesTableCsvJsonAndCostTable() throws Exception {
        Path dir = Fixtures.WORK.resolve("cli");
        Files.createDirectories(dir);
        Path trace = dir.resolve("dint4.dtrace");
        TraceWriter.write(SampleTraces.random("dint4xint8", 33, 70, 17, 7), trace);
        Path out = dir.resolve("out");
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = CommandLines.of(new SynthCommand()).execute("--design", "dint4xint8", "--traces", trace.toString(),
                    "--macs-per-trace", "4620", "--work", Fixtures.WORK.toString(), "--out", out.toString());
        } finally {
            System.setOut(saved);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("dint4xint8"), text);
        List<String> csv = Files.readAllLines(out.resolve("synth.csv"));
        assertEquals(2, csv.size());
        assertTrue(csv.get(1).startsWith("dint4xint8,Mac_dint4xint8_"), csv.get(1));
        JsonNode cost = new ObjectMapper().readTree(out.resolve("cost-table.json").toFile());
        JsonNode d = cost.path("designs").path("dint4xint8");
        assertTrue(d.path("areaUm2").asDouble() > 100, cost.toString());
        assertTrue(d.path("energyPerMacPj").path("special").asDouble() > 0, cost.toString());
        assertEquals(2 * 33 * 70, d.path("macsByKind").path("zero").asLong() + d.path("macsByKind").path("special").asLong()
                + d.path("macsByKind").path("normal").asLong());
        assertTrue(Files.readString(out.resolve("synth.json")).contains("\"ratios\""));

        // costs.json is the simulator's format: it loads, holds exactly the measured design, and its
        // table is at the library's technology (OSU018: 180 nm, 1.8 V), so its energies are the measured ones.
        CostTable table = CostTable.load(out.resolve("costs.json"));
        assertEquals(List.of("dint4xint8"), table.designs());
        assertEquals(1.8, table.supplyVolts());
        assertEquals(180, table.nodeNm());
        double scale = 1;
        MacDesign design = dintsim.models.mac.MacDesigns.standard("dint4xint8");
        assertEquals(d.path("areaUm2").asDouble(), table.macArea(design), 1e-9);
        String[] kinds = {"zero", "special", "normal"};
        for (int k = 0; k < MacKind.COUNT; k++) {
            JsonNode measured = d.path("energyPerMacPj").path(kinds[k]);
            double expected = (measured.isMissingNode() ? d.path("energyPerMacPj").path("mean") : measured).asDouble() * scale;
            assertEquals(expected, table.macEnergy(design, MacKind.of(k)), 1e-12, kinds[k]);
            String src = table.sources().get("mac.dint4xint8." + kinds[k]);
            assertTrue(src.contains("Yosys 0.23") && src.contains(d.path("top").asText()) && src.contains("at the library's 1.8 V")
                    && src.contains("command: dintsim synth --design 'dint4xint8' --traces " + trace), src);
        }
        assertTrue(table.sources().get("mac.dint4xint8.area").contains("osu018_stdcells.lib"));
        assertEquals(d.path("top").asText(), table.measuredOn("dint4xint8").get("top"));
        assertEquals(64, table.measuredOn("dint4xint8").get("verilogSha256").length());
        assertTrue(table.sources().get("dram.access64").contains("Horowitz"));
        assertTrue(table.sources().get("register.energyPerBit").contains("DFFPOSX1"));
        assertTrue(table.sources().get("sram.read64[0]").contains("scaled from 45 nm"));
    }
}

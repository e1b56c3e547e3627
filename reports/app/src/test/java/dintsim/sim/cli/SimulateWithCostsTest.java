package dintsim.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dintsim.models.mac.MacKind;
import dintsim.reports.cli.CommandLines;
import dintsim.sim.cost.Cost;
import dintsim.sim.cost.CostTable;
import dintsim.sim.cost.MacCost;
import dintsim.traces.io.TraceWriter;
import dintsim.traces.samples.SampleTraces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dintsim simulate --costs FILE} charges the file's MAC energies and nothing else changes. */
class SimulateWithCostsTest {
    private static final double[] FILE_PJ = {0.0625, 1.5, 3.25};

    @Test
    void macEnergyIsCountsTimesTheFilesEnergiesPlusTheRest(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("dint4.dtrace");
        TraceWriter.write(SampleTraces.random("dint4xint8", 9, 40, 11, 3), trace);
        MacCost measured = new MacCost(new Cost(FILE_PJ[0], "test zero"), new Cost(FILE_PJ[1], "test special"),
                new Cost(FILE_PJ[2], "test normal"), new Cost(512.0, "test area"));
        Path costs = dir.resolve("costs.json");
        Files.writeString(costs, CostTable.defaults().withMacs(Map.of(dintsim.models.mac.MacDesigns.standard("dint4xint8"), measured), "test", "test").toJson());

        JsonNode withFile = simulate(trace, dir.resolve("file"), "--costs", costs.toString());
        JsonNode builtIn = simulate(trace, dir.resolve("default"));
        CostTable defaults = CostTable.defaults();
        double macFile = 0;
        double macDefault = 0;
        long kindsSeen = 0;
        for (int k = 0; k < MacKind.COUNT; k++) {
            long count = withFile.path("array.ops." + MacKind.of(k).label()).asLong();
            kindsSeen += count > 0 ? 1 : 0;
            assertEquals(count * FILE_PJ[k], withFile.path("energyPj.mac." + MacKind.of(k).label()).asDouble(), 1e-9);
            macFile += count * FILE_PJ[k];
            macDefault += count * defaults.macEnergy(dintsim.models.mac.MacDesigns.standard("dint4xint8"), MacKind.of(k));
        }
        assertEquals(3, kindsSeen, "the trace must exercise zero, special and normal MACs");
        double rest = builtIn.path("energyPj.total").asDouble() - macDefault;
        assertTrue(rest > 0);
        assertEquals(macFile + rest, withFile.path("energyPj.total").asDouble(), 1e-6);
        assertEquals(withFile.path("areaUm2.array.registers").asDouble() + 512.0 * 8 * 8
                + withFile.path("areaUm2.sram.input").asDouble() + withFile.path("areaUm2.sram.weight").asDouble()
                + withFile.path("areaUm2.sram.output").asDouble(), withFile.path("areaUm2.total").asDouble(), 1e-6);
    }

    private static JsonNode simulate(Path trace, Path out, String... extra) throws Exception {
        String[] args = new String[6 + extra.length];
        args[0] = trace.toString();
        args[1] = "--out";
        args[2] = out.toString();
        args[3] = "--no-progress";
        args[4] = "--array";
        args[5] = "8x8";
        System.arraycopy(extra, 0, args, 6, extra.length);
        StringWriter err = new StringWriter();
        CommandLine cli = CommandLines.of(new SimulateCommand());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(0, cli.execute(args), err.toString());
        return new ObjectMapper().readTree(out.resolve("layers.json").toFile()).path("layers").get(0).path("figures");
    }
}

package dintsim.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dintsim.models.golden.GoldenGemm;
import dintsim.reports.cli.CommandLines;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CommandLines.of(new SimulateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void replaysATraceSetAndWritesCsvJsonAndOutputs(@TempDir Path dir) throws Exception {
        Path traces = dir.resolve("traces");
        SampleTraces.write(traces);
        Path results = dir.resolve("out");
        int code = run(traces.toString(), "--array", "8x8", "--dataflow", "os", "--fidelity", "cycle", "--clock-mhz", "500",
                "--out", results.toString(), "--write-outputs", "--no-progress");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("total (12 layers)"), out.toString());
        List<String> csv = Files.readAllLines(results.resolve("layers.csv"));
        assertEquals(13, csv.size());
        assertTrue(csv.get(0).startsWith("layer,m,k,n,design"));
        JsonNode json = new ObjectMapper().readTree(results.resolve("layers.json").toFile());
        assertEquals(12, json.get("layers").size());
        assertEquals(64, json.get("layers").get(0).get("perPe").get("utilization").size());
        assertEquals("os", json.get("layers").get(0).get("figures").get("dataflow").asText());
        // The .npy output of the last layer holds the golden values.
        LayerTrace last = SampleTraces.standard().get(11);
        int[] golden = GoldenGemm.multiply(last.design(), last.activations(), last.weights()).values();
        byte[] npy = Files.readAllBytes(results.resolve(ResultFiles.fileStem(last.layer()) + ".outputs.npy"));
        int headerLength = ByteBuffer.wrap(npy, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        assertEquals(0, (10 + headerLength) % 64);
        ByteBuffer values = ByteBuffer.wrap(npy, 10 + headerLength, npy.length - 10 - headerLength).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : golden) {
            assertEquals(v, values.getInt());
        }
    }

    @Test
    void architectureFileAndOverridesCombine(@TempDir Path dir) throws Exception {
        Path traces = dir.resolve("traces");
        SampleTraces.write(traces);
        Path arch = dir.resolve("arch.yaml");
        Files.writeString(arch, "array: {rows: 4, cols: 4, dataflow: os, overlap: false}\n");
        SimulateCommand cmd = new SimulateCommand();
        new CommandLine(cmd).parseArgs(traces.toString(), "--arch", arch.toString(), "--dataflow", "ws", "--overlap");
        assertEquals("4x4 ws double-buffered", cmd.architecture().array().toString());
        assertEquals(0, run(traces.resolve("00-sample.int8xint8.4x8x4.dtrace").toString(), "--arch", arch.toString()), err.toString());
        assertTrue(out.toString().contains("4x4 os no-overlap"), out.toString());
    }

    @Test
    void badInputPrintsOneMessageAndExitsWithTwo(@TempDir Path dir) throws Exception {
        Path traces = dir.resolve("traces");
        SampleTraces.write(traces);
        String t = traces.toString();
        String[][] cases = {
            {t, "--array", "0x8"},
            {t, "--array", "eight"},
            {t, "--dataflow", "xs"},
            {t, "--fidelity", "exact"},
            {t, "--design", "int9xint8"},
            {t, "--design", "int8xint8"},
            {t, "--arch", dir.resolve("missing.yaml").toString()},
            {dir.resolve("nothing-here").toString()},
            {t, "--costs", dir.resolve("missing.json").toString()},
        };
        String[] expected = {"option --array", "option --array", "option --dataflow", "option --fidelity", "option --design",
            "field 'design'", "missing.yaml", "nothing-here", "missing.json"};
        for (int i = 0; i < cases.length; i++) {
            err.getBuffer().setLength(0);
            assertEquals(2, run(cases[i]), String.join(" ", cases[i]));
            String message = err.toString();
            assertTrue(message.startsWith("dintsim simulate: ") && message.contains(expected[i]), message);
            assertFalse(message.contains("\tat "), "no stack trace: " + message);
        }
    }
}

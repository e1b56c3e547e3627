package dintsim.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.cli.CommandLines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** SCALE-Sim's own command-line shape: -c CFG -t CSV -p LOGDIR, reports in LOGDIR/run_name. */
class ScaleSimCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cl = CommandLines.of(new ScaleSimCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void gemmTopologyWritesScaleSimAndDintsimReports() throws Exception {
        Path cfg = dir.resolve("tpu.cfg");
        Files.writeString(cfg, "[general]\nrun_name = tiny_os\n\n[architecture_presets]\nArrayHeight: 8\nArrayWidth: 4\n"
                + "IfmapSramSzkB: 64\nFilterSramSzkB: 64\nOfmapSramSzkB: 64\nIfmapOffset: 0\nFilterOffset: 10000000\n"
                + "OfmapOffset: 20000000\nBandwidth : 10\nDataflow : os\nMemoryBanks: 1\n\n[run_presets]\nInterfaceBandwidth: CALC\n");
        Path topo = dir.resolve("mnk.csv");
        Files.writeString(topo, "Layer Name, M, N, K,\nfc1, 20, 6, 9,\n");
        assertEquals(0, run("-c", cfg.toString(), "-t", topo.toString(), "-p", dir.resolve("runs").toString()), err.toString());
        Path runDir = dir.resolve("runs").resolve("tiny_os");
        List<String> compute = Files.readAllLines(runDir.resolve("COMPUTE_REPORT.csv"));
        // os: ceil(20/8) * ceil(6/4) folds of 8 + 4 + 9 - 2 cycles, last index.
        assertTrue(compute.get(1).startsWith("0, " + (3 * 2 * 19 - 1) + ", 0, "), compute.get(1));
        assertTrue(Files.exists(runDir.resolve("BANDWIDTH_REPORT.csv")));
        assertTrue(Files.readString(runDir.resolve("layers.csv")).contains("fc1"));
        assertTrue(Files.exists(runDir.resolve("layers.json")));

        assertEquals(2, run("-c", cfg.toString(), "-t", topo.toString(), "-i", "lstm"));
        assertTrue(err.toString().contains("option -i: 'lstm' is not conv, gemm or auto"), err.toString());
    }
}

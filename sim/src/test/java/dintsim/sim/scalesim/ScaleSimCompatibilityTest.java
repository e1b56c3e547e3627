package dintsim.sim.scalesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SCALE-Sim files as SCALE-Sim ships them give SCALE-Sim's numbers. The expected values of the
 * first test are SCALE-Sim v2's own regression output (test/golden_trace: configs/scale.cfg
 * switched to ws, topologies/conv_nets/alexnet_part.csv); the cycles come from dintsim's
 * simulator in no-overlap mode.
 */
class ScaleSimCompatibilityTest {
    @TempDir
    Path dir;

    private static final String SCALE_CFG = """
            [general]
            run_name = scale_example_run_32x32_ws

            [architecture_presets]
            ArrayHeight:    32
            ArrayWidth:     32
            IfmapSramSzkB:   64\s
            FilterSramSzkB:  64\s
            OfmapSramSzkB:   64\s
            IfmapOffset:    0
            FilterOffset:   10000000
            OfmapOffset:    20000000
            Bandwidth : 10
            Dataflow : %s
            MemoryBanks:   1

            [run_presets]
            InterfaceBandwidth: CALC\s
            """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private Path config(String dataflow, int rows, int cols) throws Exception {
        return write("c-" + dataflow + rows + "x" + cols + ".cfg", SCALE_CFG.formatted(dataflow)
                .replace("ArrayHeight:    32", "ArrayHeight:    " + rows).replace("ArrayWidth:     32", "ArrayWidth:     " + cols));
    }

    @Test
    void alexNetConv1GivesScaleSimsGoldenReports() throws Exception {
        ScaleSimConfig cfg = ScaleSimConfig.read(config("ws", 32, 32));
        List<ScaleSimLayer> layers = ScaleSimTopology.read(write("alexnet_part.csv",
                "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                        + "Conv1,  224, 224,    11, 11,    3,      96,     4,"), ScaleSimTopology.Kind.AUTO);
        List<ScaleSimRun.Layer> run = ScaleSimRun.run(cfg, layers, MacDesigns.standard("int8xint8"), 1);
        ScaleSimReports.write(dir.resolve(cfg.runName()), run.stream().map(ScaleSimRun.Layer::row).toList());
        List<String> compute = Files.readAllLines(dir.resolve(cfg.runName()).resolve(ScaleSimReports.COMPUTE));
        assertEquals("LayerID, Total Cycles, Stall Cycles, Overall Util %, Mapping Efficiency %, Compute Util %,", compute.get(0));
        assertEquals("0, 112283, 0, 91.68309650614964, 94.53125, 90.78000992063492,", compute.get(1));
        List<String> bw = Files.readAllLines(dir.resolve(cfg.runName()).resolve(ScaleSimReports.BANDWIDTH));
        assertTrue(bw.get(1).startsWith("0, 29.338590881967885, 0.31035864734643714, 31.035864734643713, "), bw.get(1));
    }

    @Test
    void gemmRowsAndEveryDataflowFollowScaleSimsClosedForm() throws Exception {
        Path topo = write("mnk.csv", "Layer Name, M, N, K,\nTest 1, 128, 64, 256,\nodd, 100, 50, 70,\n");
        for (String df : List.of("ws", "os", "is")) {
            ScaleSimConfig cfg = ScaleSimConfig.read(config(df, 16, 8));
            List<ScaleSimLayer> layers = ScaleSimTopology.read(topo, ScaleSimTopology.Kind.AUTO);
            List<ScaleSimRun.Layer> run = ScaleSimRun.run(cfg, layers, MacDesigns.standard("dint4xint8"), 3);
            for (ScaleSimRun.Layer l : run) {
                int m = l.layer().m();
                int k = l.layer().k();
                int n = l.layer().n();
                long expected = switch (df) { // scale-sim-v2 demand-matrix lengths per fold, summed, minus one
                    case "ws" -> ceil(k, 16) * ceil(n, 8) * (2L * 16 + 8 + m - 2) - 1;
                    case "os" -> ceil(m, 16) * ceil(n, 8) * (16L + 8 + k - 2) - 1;
                    default -> ceil(k, 16) * ceil(m, 8) * (2L * 16 + 8 + n - 2) - 1;
                };
                assertEquals(expected, l.row().metrics().totalCycles(), df + " " + l.layer());
                assertEquals((long) m * k * n, l.result().macs());
            }
        }
    }

    @Test
    void depthwiseRowsSplitPerChannelAndOutputSizeIsScaleSims() throws Exception {
        List<ScaleSimLayer> layers = ScaleSimTopology.read(write("dw.csv",
                "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                        + "Conv_DP1, 10, 9, 3, 3, 4, 1, 2\n"), ScaleSimTopology.Kind.CONV);
        assertEquals(List.of("Conv_DP1Channel_0", "Conv_DP1Channel_1", "Conv_DP1Channel_2", "Conv_DP1Channel_3"),
                layers.stream().map(ScaleSimLayer::name).toList());
        assertEquals(9, layers.get(0).k());
        assertEquals(5, layers.get(0).ofmapHeight(), "ceil((10 - 3 + 2) / 2)");
        assertEquals(4, layers.get(0).ofmapWidth(), "ceil((9 - 3 + 2) / 2)");
    }

    @Test
    void badFilesNameFileFieldAndReason() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScaleSimConfig.read(write("bad.cfg", SCALE_CFG.formatted("rs"))));
        assertTrue(e.getMessage().contains("bad.cfg: [architecture_presets] Dataflow = 'rs'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ScaleSimConfig.read(write("nobw.cfg", SCALE_CFG.formatted("ws").replace("CALC", "USER").replace("Bandwidth : 10", ""))));
        assertTrue(e.getMessage().contains("nobw.cfg: [architecture_presets] has no 'Bandwidth'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScaleSimTopology.read(write("t.csv",
                "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                        + "c1, 5, 5, 7, 3, 3, 8, 1,\n"), ScaleSimTopology.Kind.AUTO));
        assertTrue(e.getMessage().contains("t.csv: line 2: layer c1: the 7x3 filter is larger"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScaleSimTopology.read(write("g.csv",
                "Layer Name, M, N, K,\ng1, 4, x, 2,\n"), ScaleSimTopology.Kind.AUTO));
        assertTrue(e.getMessage().contains("g.csv: line 2: N 'x' is not a positive integer"), e.getMessage());
    }

    @Test
    void floatsArePrintedAsPythonPrintsThem() {
        assertEquals("0.1", PythonFloat.str(0.1));
        assertEquals("2.0", PythonFloat.str(2.0));
        assertEquals("0.0001", PythonFloat.str(1e-4));
        assertEquals("1e-05", PythonFloat.str(1e-5));
        assertEquals("1.5e+16", PythonFloat.str(1.5e16));
        assertEquals("31.035864734643713", PythonFloat.str(3484800 / 112283.0));
        assertEquals("0.30000000000000004", PythonFloat.str(0.1 + 0.2));
    }

    private static long ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}

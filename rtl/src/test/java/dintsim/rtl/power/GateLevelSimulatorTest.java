package dintsim.rtl.power;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.Fixtures;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("verilator")
class GateLevelSimulatorTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GateLevelSimulatorTest.class.getResource("/dintsim/rtl/power/" + name).toURI());
    }

    @Test
    void togglesOfAHandWrittenNetlistAreCountedExactly() throws Exception {
        CellLibrary lib = CellLibrary.bundled();
        GateLevelSimulator sim = GateLevelSimulator.standard(lib, Fixtures.WORK.resolve("gate-sim"));
        GateLevelSimulator.Compiled c = sim.compile(resource("toggle.v"), "clock");
        assertEquals(List.of("u1", "u2", "u3"), c.netlist().cells().stream().map(CellInstance::name).toList());
        int ia = c.inputIndex("a");
        int ib = c.inputIndex("b");
        long[][] stim = new long[5][2];
        int[] a = {0, 1, 1, 0, 1};
        int[] b = {1, 1, 0, 0, 1};
        for (int i = 0; i < 5; i++) {
            stim[i][ia] = a[i];
            stim[i][ib] = b[i];
        }
        ActivityRun run = c.run(stim);
        // Start (all inputs 0): n1 = 1, n2 = 1, q = 0. Per cycle: inputs change, then the clock rises.
        // c0 (0,1): q 0->1. c1 (1,1): n1 1->0, n2 1->0, q 1->0. c2 (1,0): n2 0->1, q 0->1.
        // c3 (0,0): n1 0->1. c4 (1,1): n1 1->0, n2 1->0, q 1->0.
        assertArrayEquals(new long[] {3, 3, 4}, run.cellToggles());
        double inv = lib.cell("INV").power().outputTransitionFj(0, 0);
        double nand = lib.cell("NAND2").power().outputTransitionFj(0, 0);
        double dff = lib.cell("DFF").power().outputTransitionFj(0, 0);
        double[] expected = {dff, inv + nand + dff, nand + dff, inv, inv + nand + dff};
        assertArrayEquals(expected, run.cycleEnergyFj(), 1e-9);
        int oq = c.outputIndex("q");
        long[] q = new long[5];
        for (int i = 0; i < 5; i++) {
            q[i] = run.outputs()[i][oq];
        }
        assertArrayEquals(new long[] {1, 0, 1, 1, 0}, q);
    }

    @Test
    void netlistWithForeignCellsIsRejectedWithItsLine() throws Exception {
        Path bad = Fixtures.WORK.resolve("foreign.v");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "module t(a, y);\n  input a;\n  output y;\n  NAND3 g (\n    .A(a),\n    .Y(y)\n  );\nendmodule\n");
        var e = assertThrows(IllegalArgumentException.class,
                () -> GateNetlist.parse(Files.readString(bad), bad.toString(), CellLibrary.bundled()));
        assertEquals(bad + ": line 4: instance of 'NAND3', which is not a cell of dintsim45", e.getMessage());
    }

    @Test
    void probeExposesEveryCellOutput() throws Exception {
        GateNetlist n = GateNetlist.parse(Files.readString(resource("toggle.v")), "toggle.v", CellLibrary.bundled());
        String probed = n.withProbe();
        assertTrue(probed.contains("module toggle(clock, a, b, q, n1, dintsim_probe);"), probed);
        assertTrue(probed.contains("output [2:0] dintsim_probe;"), probed);
        assertTrue(probed.replaceAll("\\s+", " ").contains("assign dintsim_probe = { q , n2 , n1 };"), probed);
    }
}

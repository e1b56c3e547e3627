package dintsim.rtl.gatesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dintsim.rtl.power.ActivityRun;
import dintsim.rtl.power.GateNetlist;
import dintsim.rtl.synth.CellLibrary;
import org.junit.jupiter.api.Test;

/**
 * y = NAND(a, INV(a)) on hand-made netlists: when a rises, the NAND sees (1, 1) for the inverter's
 * delay, a pulse of that width; it reaches y only when the NAND's arc is faster than the pulse.
 */
class InertialDelayTest {
    private static final CellLibrary LIB = CellLibrary.bundled();
    private static final String NETLIST = String.join("\n",
            "module glitch(clock, a, y);",
            "  input clock;", "  input a;", "  output y;", "  wire x;",
            "  INV inv (", "    .A(a),", "    .Y(x)", "  );",
            "  NAND2 nand (", "    .A(a),", "    .B(x),", "    .Y(y)", "  );",
            "endmodule", "");

    private static SdfDelays sdf(int invPs, int nandPs) {
        return SdfDelays.parse(String.format(java.util.Locale.ROOT, """
                (DELAYFILE (SDFVERSION "3.0") (DESIGN "glitch") (TIMESCALE 1ns)
                 (CELL (CELLTYPE "glitch") (INSTANCE) (DELAY (ABSOLUTE (INTERCONNECT a inv/A (0.0000::0.0000)))))
                 (CELL (CELLTYPE "INV") (INSTANCE inv) (DELAY (ABSOLUTE (IOPATH A Y (%1$.3f::%1$.3f) (%1$.3f::%1$.3f)))))
                 (CELL (CELLTYPE "NAND2") (INSTANCE nand) (DELAY (ABSOLUTE
                   (IOPATH A Y (%2$.3f::%2$.3f) (%2$.3f::%2$.3f)) (IOPATH B Y (%2$.3f::%2$.3f) (%2$.3f::%2$.3f))))))
                """, invPs / 1000.0, nandPs / 1000.0), "glitch.sdf");
    }

    private static long[] toggles(SdfDelays delays) {
        GateNetlist n = GateNetlist.parse(NETLIST, "glitch.v", LIB);
        EventGateSimulator sim = EventGateSimulator.of(n, LIB, "clock", delays, 5000);
        // a: 0, 1, 0, 1 -> two rising edges (each a candidate glitch on y) and one falling edge.
        ActivityRun run = sim.run(new long[][] {{0}, {1}, {0}, {1}});
        return run.cellToggles(); // [inv, nand]
    }

    @Test
    void aPulseLongerThanTheArcReachesTheOutput() {
        // Inverter 300 ps, NAND 100 ps: each rising a makes a 300 ps pulse at the NAND, y glitches 1-0-1.
        assertEquals(3, toggles(sdf(300, 100))[0]);
        assertEquals(4, toggles(sdf(300, 100))[1]);
    }

    @Test
    void aPulseShorterThanTheArcIsSwallowed() {
        // NAND 400 ps > the 300 ps pulse: y stays 1 throughout.
        assertEquals(3, toggles(sdf(300, 400))[0]);
        assertEquals(0, toggles(sdf(300, 400))[1]);
    }

    @Test
    void zeroDelaySeesNoGlitch() {
        GateNetlist n = GateNetlist.parse(NETLIST, "glitch.v", LIB);
        ActivityRun run = EventGateSimulator.of(n, LIB, "clock", null, 0).run(new long[][] {{0}, {1}, {0}, {1}});
        assertEquals(3, run.cellToggles()[0]);
        assertEquals(0, run.cellToggles()[1]);
    }

    @Test
    void aPhaseThatDoesNotSettleIsAnError() {
        GateNetlist n = GateNetlist.parse(NETLIST, "glitch.v", LIB);
        EventGateSimulator sim = EventGateSimulator.of(n, LIB, "clock", sdf(300, 100), 350);
        assertThrows(IllegalStateException.class, () -> sim.run(new long[][] {{0}, {1}}));
    }

    @Test
    void aMissingArcNamesTheInstanceAndPin() {
        GateNetlist n = GateNetlist.parse(NETLIST, "glitch.v", LIB);
        SdfDelays onlyInv = SdfDelays.parse("(DELAYFILE (TIMESCALE 1ns) (CELL (CELLTYPE \"INV\") (INSTANCE inv)"
                + " (DELAY (ABSOLUTE (IOPATH A Y (0.1::0.1) (0.1::0.1))))))", "x.sdf");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventGateSimulator.of(n, LIB, "clock", onlyInv, 1000));
        assertEquals("glitch.v: the SDF has no IOPATH A -> Y for instance nand", e.getMessage());
    }
}

package dintsim.rtl.gatesim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.rtl.synth.liberty.LibertyFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdfDelaysTest {
    private static final String SDF = """
            (DELAYFILE (SDFVERSION "3.0") (DESIGN "m") (DIVIDER /) (TIMESCALE 1ns)
             (CELL (CELLTYPE "m") (INSTANCE) (DELAY (ABSOLUTE (INTERCONNECT a x/A (0.0000::0.0000)))))
             (CELL (CELLTYPE "XOR2X1") (INSTANCE mul\\.x)
              (DELAY (ABSOLUTE (IOPATH A Y (0.2102::0.2106) (0.3394::0.3406)) (IOPATH B Y (-0.0103::-0.0161) (0.1::0.1))))
              (TIMINGCHECK (SETUP (posedge D) (posedge CLK) (0.1880::0.1669)))))
            """;

    @Test
    void readsTheLargerOfMinAndMaxInPicosecondsNegativeAsZero() {
        SdfDelays d = SdfDelays.parse(SDF, "m.sdf");
        assertArrayEquals(new long[] {211, 341}, d.path("mul.x", "A"));
        assertArrayEquals(new long[] {0, 100}, d.path("mul.x", "B"));
        String n = d.normalized("m");
        assertTrue(n.contains("(INSTANCE mul\\.x)") && n.contains("(IOPATH A Y (0.211:0.211:0.211) (0.341:0.341:0.341))"), n);
        assertEquals(d.path("mul.x", "A")[0], SdfDelays.parse(n, "n.sdf").path("mul.x", "A")[0]);
    }

    @Test
    void aWireDelayIsRefusedNotIgnored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SdfDelays.parse(SDF.replace("(0.0000::0.0000)", "(0.0100::0.0100)"), "m.sdf"));
        assertEquals("m.sdf: top INTERCONNECT a -> x/A has a non-zero delay; wire delays are not simulated", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SdfDelays.parse("(DELAYFILE (CELL", "cut.sdf"));
    }

    @Test
    void truthTablesFollowTheLibertyFunctions() {
        // OAI21: !((A+B) C); input j is bit j of the row index.
        long oai = LibertyFunction.truthTable("(!((A+B)C))", List.of("A", "B", "C"), "OAI21X1");
        for (int k = 0; k < 8; k++) {
            boolean a = (k & 1) != 0;
            boolean b = (k & 2) != 0;
            boolean c = (k & 4) != 0;
            assertEquals(!((a || b) && c), (oai >>> k & 1) == 1, "row " + k);
        }
        assertEquals(0b0110, LibertyFunction.truthTable("(A^B)", List.of("A", "B"), "XOR2X1"));
        assertThrows(IllegalArgumentException.class, () -> LibertyFunction.truthTable("(A&Q)", List.of("A"), "bad"));
    }
}

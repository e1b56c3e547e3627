package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellLibraryTest {
    @Test
    void bundledLibraryHasTheNanGateAreas() {
        CellLibrary lib = CellLibrary.bundled();
        Map<String, Double> expected = Map.ofEntries(Map.entry("INV", 0.532), Map.entry("BUF", 0.798),
                Map.entry("NAND2", 0.798), Map.entry("NOR2", 0.798), Map.entry("AND2", 1.064), Map.entry("OR2", 1.064),
                Map.entry("AOI21", 1.064), Map.entry("OAI21", 1.064), Map.entry("XOR2", 1.596),
                Map.entry("XNOR2", 1.596), Map.entry("MUX2", 1.862), Map.entry("DFF", 4.522));
        assertEquals(expected.keySet(), lib.cells().keySet());
        expected.forEach((name, area) -> assertEquals(area, lib.cell(name).areaUm2(), 1e-12, name));
        for (LibraryCell c : lib.cells().values()) {
            double e = c.power().outputTransitionFj(0.01, 0.1);
            assertTrue(e > 0.5 && e < 20, c.name() + " energy " + e);
            assertTrue(c.transistors() >= 2, c.name());
        }
        LibraryCell dff = lib.cell("DFF");
        assertEquals("CK", dff.clock());
        assertEquals("D", dff.function());
        assertEquals(3.63, dff.power().clockCycleFj(0.1), 1e-12);
        assertEquals(1.1, lib.voltage(), 1e-12);
        assertEquals(1.7e-3, lib.cell("INV").pinPf("A"), 1e-12);
        assertTrue(lib.provenance().contains("ESTIMATED"), lib.provenance());
        assertNull(lib.cell("NAND2").clock());
        assertEquals(List.of("A", "B", "C"), lib.cell("AOI21").inputs());
    }

    @Test
    void behaviouralModelsFollowTheLibertyFunctions() {
        String v = CellLibrary.bundled().behaviouralVerilog();
        assertTrue(v.contains("module AOI21(input A, input B, input C, output Y);\n  assign Y = ~((A & B) | C);"), v);
        assertTrue(v.contains("module DFF(input D, input CK, output reg Q);\n  always @(posedge CK) Q <= D;"), v);
    }

    @Test
    void malformedLibertyNamesTheCellAndAttribute() {
        var e = assertThrows(IllegalArgumentException.class, () -> CellLibrary.parse(
                "library (x) { nom_voltage : 1.0 ; capacitive_load_unit (1, ff) ;"
                        + " cell (INV) { dintsim_transistors : 2 ; dintsim_toggle_energy_fj : 1 ;"
                        + " pin (A) { direction : input ; } pin (Y) { direction : output ; function : \"!A\" ; } } }",
                "bad.lib"));
        assertEquals("bad.lib: cell INV: attribute 'area' is missing", e.getMessage());
        var syntax = assertThrows(IllegalArgumentException.class, () -> CellLibrary.parse(
                "library (x) {\n nom_voltage : 1.0 ;\n cell (INV) { area : 1 ; pin (A) ", "cut.lib"));
        assertTrue(syntax.getMessage().startsWith("cut.lib: line 3: "), syntax.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class, () -> CellLibrary.bundled().cell("NAND3"));
        assertTrue(unknown.getMessage().contains("no cell 'NAND3'"), unknown.getMessage());
    }
}

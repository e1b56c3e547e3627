package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OSU cell family at 0.35 and 0.5 um, selectable by name beside the default 0.18 um. */
class OsuLibrariesTest {
    @ParameterizedTest
    @CsvSource({"osu035,osu035_stdcells,3.3,350,qflow-tech-osu035", "osu050,osu05_stdcells,5,500,qflow-tech-osu050"})
    void namedLibrariesLoadWithTheirVoltageNodeAndPackage(String name, String liberty, double volts, double node, String pkg) {
        CellLibrary lib = CellLibraries.named(name);
        assertEquals(liberty, lib.name());
        assertEquals(volts, lib.voltage());
        assertEquals(node, CellLibraries.nodeNmOf(liberty));
        assertTrue(lib.provenance().contains(pkg), lib.provenance());
        assertEquals(6, lib.cell("AND2X1").transistors(), "six M lines in the package's .sp");
        // Timing arcs are there, so the flow accepts it; I/O pads and fillers are listed, not fatal.
        lib.requireTimed();
        assertTrue(lib.unusable().get("PADINOUT").contains("bidirectional pin"), lib.unusable().toString());
        assertTrue(lib.unusable().get("PADFC").contains("no output pin"), lib.unusable().toString());
        assertTrue(lib.cell("NAND2X1").areaUm2() > CellLibraries.standard().cell("NAND2X1").areaUm2(),
                "a larger process, larger cells");
    }
}

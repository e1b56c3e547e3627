package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StatParserTest {
    /** Output of Yosys 0.23 "stat -liberty" on the hierarchical 8x8 fixture (captured once). */
    private static String hierarchical() throws IOException {
        return Files.readString(Fixtures.file("stat_hierarchical.txt"));
    }

    @Test
    void parsesEveryModuleBlock() throws IOException {
        Map<String, ModuleStat> stats = StatParser.parse(hierarchical(), "stat_hierarchical.txt");
        assertEquals(List.of("mac8", "mul8", StatParser.HIERARCHY), List.copyOf(stats.keySet()));
        ModuleStat mul = stats.get("mul8");
        assertEquals(375, mul.cells());
        assertEquals(68, mul.byType().get("NAND2"));
        assertEquals(423.206, mul.areaUm2(), 1e-9);
        ModuleStat top = stats.get("mac8");
        assertEquals(1, top.byType().get("mul8"));
        assertEquals(24, top.byType().get("DFF"));
        assertEquals(676.97, stats.get(StatParser.HIERARCHY).areaUm2(), 1e-9);
    }

    @Test
    void classifierSplitsRegistersMultiplierAndTheRest() throws IOException {
        CellLibrary lib = CellLibrary.bundled();
        Map<String, ModuleStat> stats = StatParser.parse(hierarchical(), "stat_hierarchical.txt");
        AreaReport r = new AreaClassifier(lib, AreaClassifier.DEFAULT_MULTIPLIER_MODULES)
                .classify("mac8", stats.get(StatParser.HIERARCHY), stats, "test");
        assertEquals(24 * 4.522, r.registerAreaUm2(), 1e-9);
        assertEquals(423.206, r.multiplierAreaUm2(), 1e-9);
        assertEquals(676.97, r.hierarchicalAreaUm2(), 1e-6);
        assertEquals(24, r.flipFlops());
        long transistors = 0;
        for (var e : r.byType().entrySet()) {
            transistors += (long) lib.cell(e.getKey()).transistors() * e.getValue();
        }
        assertEquals(transistors, r.transistors());
        AreaReport none = new AreaClassifier(lib, Pattern.compile("nothing"))
                .classify("mac8", stats.get(StatParser.HIERARCHY), stats, "test");
        assertEquals(0.0, none.multiplierAreaUm2());
    }

    @Test
    void inconsistentCountsAndForeignTextAreRejected() {
        String bad = "=== top ===\n   Number of cells:  3\n     INV  1\n\n   Chip area for module '\\top': 0.532\n";
        var e = assertThrows(IllegalArgumentException.class, () -> StatParser.parse(bad, "log.txt"));
        assertEquals("log.txt: module top: cell types add up to 1 but 'Number of cells' is 3", e.getMessage());
        var none = assertThrows(IllegalArgumentException.class, () -> StatParser.parse("hello", "x.txt"));
        assertTrue(none.getMessage().startsWith("x.txt: no 'Chip area' line"), none.getMessage());
    }
}

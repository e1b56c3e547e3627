package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("yosys")
class YosysSynthesizerTest {
    @Test
    void smallCircuitMapsOntoTheLibraryAndAreaIsTheSumOfCells() throws Exception {
        SynthResult r = Fixtures.synthesizer().synthesize("regfa", List.of(Fixtures.file("regfa.v")));
        CellLibrary lib = Fixtures.synthesizer().library();
        AreaReport a = r.area();
        assertEquals(2, a.flipFlops());
        assertEquals(2, a.byType().get("DFFPOSX1"));
        assertTrue(a.byType().keySet().stream().anyMatch(t -> t.startsWith("X")), a.byType().toString());
        double sum = 0;
        for (Map.Entry<String, Integer> e : a.byType().entrySet()) {
            sum += lib.cell(e.getKey()).areaUm2() * e.getValue();
        }
        assertEquals(sum, a.areaUm2(), 1e-9);
        assertEquals(a.areaUm2(), a.hierarchicalAreaUm2(), 1e-9);
        assertTrue(a.cells() <= 10, "a full adder, two flip-flops and an inverter: " + a.byType());
        String netlist = Files.readString(r.netlist());
        assertTrue(netlist.contains("DFFPOSX1 ") && netlist.contains("module regfa("), netlist);
    }

    @Test
    void eightByEightMultiplierIsMuchLargerThanFourByEight() {
        AreaReport int8 = Fixtures.synthesizeMac("int8xint8").area();
        AreaReport int4 = Fixtures.synthesizeMac("int4xint8").area();
        double ratio = int8.multiplierAreaUm2() / int4.multiplierAreaUm2();
        assertTrue(ratio > 1.5, "8x8 / 4x8 multiplier area " + ratio);
        assertEquals(24, int8.flipFlops());
        assertEquals(int8.areaUm2(), int8.registerAreaUm2() + int8.multiplierAreaUm2() + int8.accumulatorAreaUm2(), 1e-6);
        assertTrue(int8.accumulatorAreaUm2() > 0);
    }

    @Test
    void resultsAreCachedByContent() {
        SynthResult first = Fixtures.synthesizeMac("int4xint8");
        SynthResult again = Fixtures.synthesizeMac("int4xint8");
        assertSame(first, again);
        YosysSynthesizer fresh = YosysSynthesizer.standard(Fixtures.WORK.resolve("synth-cache"));
        SynthResult fromDisk = fresh.synthesize("mac_int4xint8", List.of(Fixtures.file("mac_int4xint8.v")));
        assertEquals(first.key(), fromDisk.key());
        assertEquals(first.area(), fromDisk.area());
    }

    @Test
    void yosysErrorsAndMissingToolsAreClear() {
        var bad = assertThrows(ExternalToolException.class,
                () -> Fixtures.synthesizer().synthesize("nosuchtop", List.of(Fixtures.file("regfa.v"))));
        assertTrue(bad.getMessage().contains("yosys failed"), bad.getMessage());
        var missing = assertThrows(ExternalToolException.class, () -> new RequiredTool("dintsim-no-such-yosys", "yosys", "synthesis")
                .run(List.of("-V"), Fixtures.WORK, Fixtures.WORK.resolve("missing.log"), Duration.ofSeconds(5)));
        assertTrue(missing.getMessage().contains("apt-get install yosys"), missing.getMessage());
        var name = assertThrows(IllegalArgumentException.class,
                () -> Fixtures.synthesizer().synthesize("a b", List.of(Fixtures.file("regfa.v"))));
        assertTrue(name.getMessage().contains("'a b'"), name.getMessage());
    }
}

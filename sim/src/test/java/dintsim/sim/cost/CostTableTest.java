package dintsim.sim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dintsim.models.format.Formats;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.OverflowPolicy;
import dintsim.models.mac.MacKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostTableTest {
    /** The designs the default table must hold measured entries for: the standard four and the dINT s sweep. */
    static List<String> defaultDesigns() {
        List<String> designs = new ArrayList<>(MacDesigns.STANDARD);
        designs.add("dint4(s=0.25)xint8");
        designs.add("dint4(s=0.75)xint8");
        return designs;
    }

    @Test
    void defaultMacEntriesAreMeasuredBySynthAtTheTablesVoltage() {
        CostTable c = CostTable.defaults();
        // One technology: the library the MACs and registers were measured on.
        assertEquals(1.8, c.supplyVolts());
        assertEquals(180, c.nodeNm());
        assertEquals(defaultDesigns(), c.designs());
        for (String d : defaultDesigns()) {
            for (MacKind k : MacKind.values()) {
                assertTrue(c.macEnergy(MacDesigns.standard(d), k) > 0, d);
                String src = c.sources().get("mac." + d + "." + k.label());
                assertTrue(src.startsWith("dintsim synth: gate-level switching") && src.contains("Yosys 0.23")
                        && src.contains("at the library's 1.8 V") && src.contains("command: dintsim synth --design"), src);
            }
            String area = c.sources().get("mac." + d + ".area");
            assertTrue(area.startsWith("dintsim synth: Yosys 0.23") && area.contains("osu018_stdcells.lib"), area);
            assertTrue(c.macArea(MacDesigns.standard(d)) > 0);
        }
        // Zero-weight MACs switch less than ordinary ones in every measured design.
        for (String d : defaultDesigns()) {
            MacDesign design = MacDesigns.standard(d);
            assertTrue(c.macEnergy(design, MacKind.ZERO) < c.macEnergy(design, MacKind.NORMAL), d);
        }
        // SRAM: Horowitz's 45 nm, 0.9 V points moved to 180 nm, 1.8 V by energy ~ L V^2 (x 4 x 4) and
        // area ~ L^2 (x 16), each source saying so; table points come back exactly, log-log in between.
        double energy = (180.0 / 45) * (1.8 / 0.9) * (1.8 / 0.9);
        assertTrue(c.sources().get("sram.read64[0]").contains("Horowitz")
                && c.sources().get("sram.read64[0]").contains("scaled from 45 nm, 0.9 V to the table's 180 nm, 1.8 V"));
        assertEquals(10.0 * energy, c.sramRead64(8 * 1024), 1e-9);
        assertEquals(20.0 * energy, c.sramRead64(32 * 1024), 1e-9);
        assertEquals(100.0 * energy, c.sramRead64(1024 * 1024), 1e-9);
        assertEquals(Math.sqrt(10.0 * 20.0) * energy, c.sramRead64(16 * 1024), 1e-9);
        assertEquals(0.494 * 16, c.sramAreaPerBit(), 1e-9);
        // DRAM is off-chip: cited, not scaled. Registers: the library's own flip-flop.
        assertEquals(1950.0, c.dramAccess64());
        assertTrue(c.sources().get("register.areaPerBit").contains("osu018_stdcells DFFPOSX1"));
        assertTrue(c.sources().get("register.energyPerBit").contains("DFFPOSX1"));
    }

    @Test
    void movingATableToAnotherNodeScalesCitedEntriesAndRefusesUncitedOnes(@TempDir Path dir) throws Exception {
        CostTable c = CostTable.defaults();
        CostTable at45 = c.withTechnology(new Cost(45, "n"), new Cost(0.9, "v"), new Cost(0.01, "re"), new Cost(5, "ra"), "t45");
        assertEquals(10.0, at45.sramRead64(8 * 1024), 1e-9);
        assertEquals(0.494, at45.sramAreaPerBit(), 1e-12);
        assertEquals(0.01, at45.registerEnergyPerBit());
        assertEquals("t45", at45.technology());
        // The same table without its citation's node: moving it would keep a 180 nm figure at 45 nm.
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(c.toJson());
        ((ObjectNode) root.path("sram").path("read64").get(1)).remove("measuredAt");
        Path file = dir.resolve("uncited.json");
        Files.writeString(file, root.toString());
        CostTable uncited = CostTable.load(file);
        assertEquals(20.0, uncited.sramRead64(32 * 1024), 1e-9, "no measuredAt: the value is at the table's node");
        String msg = assertThrows(IllegalArgumentException.class, () -> uncited.withTechnology(new Cost(45, "n"),
                new Cost(0.9, "v"), new Cost(0.01, "re"), new Cost(5, "ra"), "t45")).getMessage();
        assertTrue(msg.contains("uncited.json") && msg.contains("sram.read64[1]") && msg.contains("measuredAt"), msg);
        // Staying at the same node and supply needs no citation.
        assertEquals(20.0, uncited.withTechnology(new Cost(180, "n"), new Cost(1.8, "v"), new Cost(0.01, "re"),
                new Cost(5, "ra"), "same").sramRead64(32 * 1024), 1e-9);
    }

    @Test
    void defaultResourceHoldsNoPublishedDintRatio() throws Exception {
        String text = new String(CostTable.class.getResourceAsStream(CostTable.DEFAULT_RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8);
        for (String banned : List.of("1.93", "2.56", "EMNLP", "dINT paper")) {
            assertFalse(text.contains(banned), "default cost table mentions " + banned);
        }
    }

    @Test
    void designsWithoutAnEntryFailAndSayHowToMeasureThem() {
        for (String design : List.of("dint4(s=0.625)xint8", "int4xint4")) {
            MacDesign d = MacDesigns.parse(design, FORMATS);
            String msg = assertThrows(IllegalArgumentException.class, () -> CostTable.defaults().macEnergy(d, MacKind.ZERO)).getMessage();
            assertTrue(msg.contains("no cost entry for design '" + design + "'")
                    && msg.contains("dintsim synth --design '" + design + "'") && msg.contains("--costs DIR/costs.json"), msg);
        }
    }

    @Test
    void withMacsWritesATableThatLoadsBack(@TempDir Path dir) throws Exception {
        MacDesign design = MacDesigns.standard("dint4(s=0.625)xint8");
        Map<MacDesign, MacCost> macs = new LinkedHashMap<>();
        macs.put(design, new MacCost(new Cost(0.125, "z"), new Cost(0.25, "s"), new Cost(0.5, "n"),
                new Cost(700.5, "a")));
        CostTable written = CostTable.defaults().withMacs(macs, "test table", "test");
        Path file = dir.resolve("costs.json");
        Files.writeString(file, written.toJson());
        CostTable loaded = CostTable.load(file);
        assertEquals(List.of("dint4(s=0.625)xint8"), loaded.designs());
        assertEquals(macs.get(design), loaded.macCost(design));
        assertEquals(0.25, loaded.macEnergy(design, MacKind.SPECIAL));
        assertEquals(written.sources(), loaded.sources());
        assertEquals(CostTable.defaults().sramRead64(16 * 1024), loaded.sramRead64(16 * 1024));
        assertEquals(1.8, loaded.supplyVolts());
        // Only the given MAC entries: the built-in ones are not carried over.
        assertThrows(IllegalArgumentException.class, () -> loaded.macArea(MacDesigns.standard("dint4xint8")));
        assertEquals(written.toJson(), loaded.toJson());
    }

    @Test
    void anEntryIsOnlyForTheAccumulatorItWasMeasuredWith(@TempDir Path dir) throws Exception {
        MacDesign standard = MacDesigns.standard("dint4xint8");
        MacDesign narrow = MacDesigns.parse("dint4xint8", FORMATS, new AccumulatorSpec(16, 1, OverflowPolicy.SATURATE));
        assertNotEquals(standard, narrow);
        assertEquals(standard, MacDesigns.standard("dint4xint8"), "designs are values");
        assertEquals(standard.hashCode(), MacDesigns.standard("dint4xint8").hashCode());
        // The built-in entries (written by dintsim synth) state the default accumulator they were measured with.
        assertTrue(CostTable.defaults().macArea(standard) > 0);
        String msg = assertThrows(IllegalArgumentException.class, () -> CostTable.defaults().macCost(narrow)).getMessage();
        assertTrue(msg.contains("measured with accumulator " + standard.accumulator())
                && msg.contains("this design's accumulator is " + narrow.accumulator())
                && msg.contains("dintsim synth --design 'dint4xint8'"), msg);
        // A measured entry records its accumulator: it serves that design and no other.
        MacCost m = new MacCost(new Cost(0.1, "z"), new Cost(0.2, "s"), new Cost(0.3, "n"), new Cost(400, "a"));
        Path file = dir.resolve("costs.json");
        Files.writeString(file, CostTable.defaults().withMacs(Map.of(narrow, m), "narrow", "test").toJson());
        CostTable loaded = CostTable.load(file);
        assertEquals(m, loaded.macCost(narrow));
        assertThrows(IllegalArgumentException.class, () -> loaded.macCost(standard));
    }

    private static final Formats FORMATS = new Formats();

    @Test
    void badFilesNameTheFileAndField(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve("calibrated.json");
        String good = CostTable.defaults().toJson();

        ObjectNode noSource = (ObjectNode) json.readTree(good);
        ((ObjectNode) noSource.path("dram").path("access64")).remove("source");
        Files.writeString(file, noSource.toString());
        String msg = assertThrows(IllegalArgumentException.class, () -> CostTable.load(file)).getMessage();
        assertTrue(msg.contains("calibrated.json") && msg.contains("dram.access64.source"), msg);

        ObjectNode negative = (ObjectNode) json.readTree(good);
        ((ObjectNode) negative.path("mac").path("dint4xint8").path("normal")).put("value", -1);
        Files.writeString(file, negative.toString());
        msg = assertThrows(IllegalArgumentException.class, () -> CostTable.load(file)).getMessage();
        assertTrue(msg.contains("mac.dint4xint8.normal.value"), msg);

        ObjectNode noVoltage = (ObjectNode) json.readTree(good);
        noVoltage.remove("supplyVoltage");
        Files.writeString(file, noVoltage.toString());
        msg = assertThrows(IllegalArgumentException.class, () -> CostTable.load(file)).getMessage();
        assertTrue(msg.contains("calibrated.json") && msg.contains("'supplyVoltage'"), msg);

        ObjectNode noNode = (ObjectNode) json.readTree(good);
        noNode.remove("nodeNm");
        Files.writeString(file, noNode.toString());
        msg = assertThrows(IllegalArgumentException.class, () -> CostTable.load(file)).getMessage();
        assertTrue(msg.contains("calibrated.json") && msg.contains("'nodeNm'"), msg);

        ObjectNode badCitation = (ObjectNode) json.readTree(good);
        ((ObjectNode) badCitation.path("sram").path("areaPerBit").path("measuredAt")).put("nodeNm", -45);
        Files.writeString(file, badCitation.toString());
        msg = assertThrows(IllegalArgumentException.class, () -> CostTable.load(file)).getMessage();
        assertTrue(msg.contains("calibrated.json") && msg.contains("sram.areaPerBit.measuredAt"), msg);

        Files.writeString(file, "[1, 2]");
        msg = assertThrows(IllegalArgumentException.class, () -> CostTable.load(file)).getMessage();
        assertTrue(msg.contains("must be a JSON object"), msg);
    }
}

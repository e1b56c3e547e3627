package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.model.ReportData;
import dintsim.reports.model.SynthesisStudy;
import dintsim.reports.pipeline.LayerRun;
import dintsim.reports.pipeline.ReportAssembler;
import dintsim.reports.pipeline.SettingQuality;
import dintsim.reports.pipeline.SynthesizedMac;
import dintsim.sim.cost.Cost;
import dintsim.sim.cost.MacCost;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {
    static final String INT8 = "W8A8 int8 rtn";
    static final String DINT = "W4A8 dint4(s=0.5) rtn";

    /** A simulator energy map as SimResult.energyPj() holds it: MAC kinds, then the rest. */
    static Map<String, Double> energy(double zero, double special, double normal, double registers, double memory) {
        Map<String, Double> e = new LinkedHashMap<>();
        e.put("mac.zero", zero);
        e.put("mac.special", special);
        e.put("mac.normal", normal);
        e.put("registers", registers);
        e.put("sram.input", memory);
        return e;
    }

    static SynthesizedMac synthesized(String design, AreaBreakdown area) {
        Cost c = new Cost(0.1, "t");
        return new SynthesizedMac(design, new MacCost(c, c, c, new Cost(area.totalUm2(), "t")), area, "t");
    }

    @Test
    void energiesAreTheSimulatorsAndRatiosDivideTheDesigns() {
        Map<String, Double> int8 = energy(0.1, 0, 36, 5, 20);
        Map<String, Double> dint = energy(0.1, 1, 14, 4, 20);
        List<LayerRun> runs = List.of(
                new LayerRun("q", INT8, "int8xint8", "ws", 4, 4, 100, 100, 0.5, 10, 0, 90, int8),
                new LayerRun("q", DINT, "dint4xint8", "ws", 4, 4, 100, 100, 0.5, 10, 20, 70, dint),
                new LayerRun("q", DINT, "dint4xint8", "ws", 8, 8, 60, 100, 0.2, 10, 20, 70, null),
                new LayerRun("q", DINT, "dint4xint8", "os", 4, 4, 90, 100, 0.6, 10, 20, 70, null));
        List<SynthesizedMac> costs = List.of(
                synthesized("int8xint8", new AreaBreakdown("int8xint8", 300, 100, 200, 0)),
                synthesized("dint4xint8", new AreaBreakdown("dint4xint8", 100, 100, 100, 0)));
        List<SettingQuality> q = List.of(new SettingQuality(INT8, "int8xint8", 0, 40, 0.999, 0.001, 4),
                new SettingQuality(DINT, "dint4xint8", 0.5, 20, 0.98, 0.01, 4));
        ReportData d = ReportAssembler.assemble(new ReportAssembler.Inputs("t", List.of(), q, null, runs, "4x4 ws",
                DINT, List.of(INT8, DINT), costs, "t", List.of(), "int8xint8", "dint4xint8", SynthesisStudy.NONE));
        assertEquals(3, d.performance().size(), "the sweep setting's runs on every array");
        assertEquals(2, d.layerEnergy().size(), "default array only");
        // A layer's energy is the simulator's total, unchanged: MACs + registers + memory.
        double dintNj = (0.1 + 1 + 14 + 4 + 20) / 1000;
        double int8Nj = (0.1 + 0 + 36 + 5 + 20) / 1000;
        assertEquals(dintNj, d.layerEnergy().get(1).nanojoules(), 1e-15);
        assertEquals(runs.get(1).totalEnergyPj() / 1000, d.layerEnergy().get(1).nanojoules());
        // Energy per MAC and the power ratio: the simulator's MAC components only.
        double dintMacPj = (0.1 + 1 + 14) / 100;
        double int8MacPj = (0.1 + 36) / 100;
        assertEquals(dintMacPj, d.macEnergy().get(1).picojoulesPerMac(), 1e-12);
        assertEquals(int8Nj / 1000 / 4, d.accuracy().get(0).energyPerInferenceUj(), 1e-15);
        assertEquals(1, d.specialValue().size());
        assertEquals(0.5, d.specialValue().get(0).s());
        assertEquals(600.0 / 300.0, d.paperRatios().get(0).measured(), 1e-12);
        assertEquals(int8MacPj / dintMacPj, d.paperRatios().get(1).measured(), 1e-12);
        assertEquals(0, d.notes().size(), "multiplier areas were measured, nothing to warn about");
    }

    @Test
    void anEmptyMultiplierSplitIsSaidInTheNotes() {
        List<SynthesizedMac> costs = List.of(synthesized("int8xint8", new AreaBreakdown("int8xint8", 0, 100, 20, 0)));
        ReportData d = ReportAssembler.assemble(new ReportAssembler.Inputs("t", List.of("first"), List.of(), null,
                List.of(), "4x4 ws", DINT, List.of(), costs, "t", List.of(), "int8xint8", "dint4xint8", SynthesisStudy.NONE));
        assertEquals(2, d.notes().size());
        assertEquals("first", d.notes().get(0));
        assertTrue(d.notes().get(1).contains("no cells to a separate multiplier module"), d.notes().get(1));
    }

    @Test
    void withoutSynthesisTheRatiosAreNotMeasured() {
        List<LayerRun> runs = List.of(new LayerRun("q", DINT, "dint4xint8", "ws", 4, 4, 100, 100, 0.5, 10, 20, 70, null));
        ReportData d = ReportAssembler.assemble(new ReportAssembler.Inputs("t", List.of(), List.of(), null, runs,
                "4x4 ws", DINT, List.of(DINT), List.of(), "no cost table", List.of(), "int8xint8", "dint4xint8", SynthesisStudy.NONE));
        assertEquals(1, d.performance().size());
        assertEquals(0, d.layerEnergy().size());
        assertNull(d.paperRatios().get(0).measured());
        assertNull(d.paperRatios().get(1).measured());
    }
}

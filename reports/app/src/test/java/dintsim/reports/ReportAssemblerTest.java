package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.model.ReportData;
import dintsim.reports.pipeline.LayerRun;
import dintsim.reports.pipeline.MacCost;
import dintsim.reports.pipeline.ReportAssembler;
import dintsim.reports.pipeline.SettingQuality;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {
    static final String INT8 = "W8A8 int8 rtn";
    static final String DINT = "W4A8 dint4(s=0.5) rtn";

    @Test
    void energyIsCountsTimesPerKindEnergyAndRatiosDivideTheDesigns() {
        List<LayerRun> runs = List.of(
                new LayerRun("q", INT8, "int8xint8", "ws", 4, 4, 100, 100, 0.5, 10, 0, 90),
                new LayerRun("q", DINT, "dint4xint8", "ws", 4, 4, 100, 100, 0.5, 10, 20, 70),
                new LayerRun("q", DINT, "dint4xint8", "ws", 8, 8, 60, 100, 0.2, 10, 20, 70),
                new LayerRun("q", DINT, "dint4xint8", "os", 4, 4, 90, 100, 0.6, 10, 20, 70));
        List<MacCost> costs = List.of(
                new MacCost("int8xint8", new AreaBreakdown("int8xint8", 300, 100, 200, 0), 0.01, 0, 0.4, "t"),
                new MacCost("dint4xint8", new AreaBreakdown("dint4xint8", 100, 100, 100, 0), 0.01, 0.05, 0.2, "t"));
        List<SettingQuality> q = List.of(new SettingQuality(INT8, "int8xint8", 0, 40, 0.999, 0.001, 4),
                new SettingQuality(DINT, "dint4xint8", 0.5, 20, 0.98, 0.01, 4));
        ReportData d = ReportAssembler.assemble(new ReportAssembler.Inputs("t", List.of(), q, null, runs, "4x4 ws",
                DINT, List.of(INT8, DINT), costs, List.of(), "int8xint8", "dint4xint8"));
        assertEquals(3, d.performance().size(), "the sweep setting's runs on every array");
        assertEquals(2, d.layerEnergy().size(), "default array only");
        double dintNj = (10 * 0.01 + 20 * 0.05 + 70 * 0.2) / 1000;
        double int8Nj = (10 * 0.01 + 90 * 0.4) / 1000;
        assertEquals(dintNj, d.layerEnergy().get(1).nanojoules(), 1e-12);
        assertEquals(dintNj * 1000 / 100, d.macEnergy().get(1).picojoulesPerMac(), 1e-12);
        assertEquals(int8Nj / 1000 / 4, d.accuracy().get(0).energyPerInferenceUj(), 1e-15);
        assertEquals(1, d.specialValue().size());
        assertEquals(0.5, d.specialValue().get(0).s());
        assertEquals(600.0 / 300.0, d.paperRatios().get(0).measured(), 1e-12);
        assertEquals(int8Nj / dintNj, d.paperRatios().get(1).measured(), 1e-12);
        assertEquals(0, d.notes().size(), "multiplier areas were measured, nothing to warn about");
    }

    @Test
    void anEmptyMultiplierSplitIsSaidInTheNotes() {
        List<MacCost> costs = List.of(new MacCost("int8xint8", new AreaBreakdown("int8xint8", 0, 100, 20, 0), 0, 0, 0.4, "t"));
        ReportData d = ReportAssembler.assemble(new ReportAssembler.Inputs("t", List.of("first"), List.of(), null,
                List.of(), "4x4 ws", DINT, List.of(), costs, List.of(), "int8xint8", "dint4xint8"));
        assertEquals(2, d.notes().size());
        assertEquals("first", d.notes().get(0));
        assertTrue(d.notes().get(1).contains("no cells to a separate multiplier module"), d.notes().get(1));
    }

    @Test
    void withoutSynthesisTheRatiosAreNotMeasured() {
        List<LayerRun> runs = List.of(new LayerRun("q", DINT, "dint4xint8", "ws", 4, 4, 100, 100, 0.5, 10, 20, 70));
        ReportData d = ReportAssembler.assemble(new ReportAssembler.Inputs("t", List.of(), List.of(), null, runs,
                "4x4 ws", DINT, List.of(DINT), List.of(), List.of(), "int8xint8", "dint4xint8"));
        assertEquals(1, d.performance().size());
        assertEquals(0, d.layerEnergy().size());
        assertNull(d.paperRatios().get(0).measured());
        assertNull(d.paperRatios().get(1).measured());
    }
}

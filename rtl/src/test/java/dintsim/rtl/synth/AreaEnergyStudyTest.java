package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.power.MacActivity;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("yosys")
@Tag("verilator")
class AreaEnergyStudyTest {
    private static AreaEnergyStudy fixtureStudy() {
        YosysSynthesizer synth = Fixtures.synthesizer();
        return new AreaEnergyStudy((design, dir) -> Fixtures.mac(design.name()), synth,
                GateLevelSimulator.standard(synth.library(), Fixtures.WORK.resolve("gate-sim")),
                new MacActivity(synth.library(), AreaClassifier.DEFAULT_MULTIPLIER_MODULES), Fixtures.WORK, 20_000);
    }

    @Test
    void studyOfTheFixtureMacsOnSampleTraces() {
        List<MacDesign> designs = List.of(MacDesigns.standard("int8xint8"), MacDesigns.standard("int4xint8"));
        List<LayerTrace> traces = List.of(SampleTraces.random("int8xint8", 33, 70, 17, 1),
                SampleTraces.random("int8xint8", 33, 70, 17, 2), SampleTraces.random("int4xint8", 33, 70, 17, 3),
                SampleTraces.random("int4xint8", 33, 70, 17, 4));
        List<StudyRow> rows = fixtureStudy().run(designs, traces);
        assertEquals(designs, rows.stream().map(StudyRow::design).toList(), "rows are for exactly the designs asked");
        StudyRow int8 = rows.get(0);
        StudyRow int4 = rows.get(1);
        assertTrue(int8.area().areaUm2() > int4.area().areaUm2());
        assertTrue(int8.energy().energyPerMacPj() > int4.energy().energyPerMacPj(), rows.toString());
        for (StudyRow r : rows) {
            assertTrue(Math.abs(r.calibration().relativeError()) < 0.05, r.design().name() + ": " + r.calibration());
            assertTrue(Math.abs(r.calibration().toggleModelRelativeError()) < 0.05, r.design().name() + ": " + r.calibration());
            assertTrue(r.toggleModel().signalPj().get("product") > 0, r.toggleModel().toString());
        }
        String text = StudyReport.text(rows);
        assertTrue(text.contains("sanity: int8xint8 multiplier"), text);
        String csv = StudyReport.csv(rows);
        assertEquals(3, csv.split("\n").length);
        assertTrue(StudyReport.costTable(rows).contains("\"int4xint8\""));
        assertTrue(StudyReport.costTable(rows).contains("\"pjPerBitToggle\""));
    }

    @Test
    void aDesignWithoutTracesIsAnError() {
        var e = assertThrows(IllegalArgumentException.class, () -> fixtureStudy().run(
                List.of(MacDesigns.standard("int8xint8")), List.of(SampleTraces.random("int4xint8", 4, 8, 4, 1))));
        assertTrue(e.getMessage().startsWith("design int8xint8: no trace with weight format int8"), e.getMessage());
    }
}

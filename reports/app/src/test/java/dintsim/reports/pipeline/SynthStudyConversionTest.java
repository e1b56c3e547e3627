package dintsim.reports.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.MacKind;
import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.model.GapStep;
import dintsim.reports.model.MacKindEnergy;
import dintsim.reports.model.SynthesisStudy;
import dintsim.rtl.power.KindEnergy;
import dintsim.rtl.power.SwitchingEnergy;
import dintsim.rtl.synth.AreaReport;
import dintsim.rtl.synth.GlitchEnergy;
import dintsim.rtl.synth.LibraryLabel;
import dintsim.rtl.synth.StudyReport;
import dintsim.rtl.synth.StudyRow;
import dintsim.rtl.timing.StaTiming;
import dintsim.sim.cost.Cost;
import dintsim.sim.cost.MacCost;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthesize stage's conversion of the rtl study: energy by kind with glitches, the gap chain, the cached result. */
class SynthStudyConversionTest {
    private static final LibraryLabel LIB = new LibraryLabel("testlib", "test data", 1.8, 180);

    /** A row built by the test (test input, not a measurement). */
    static StudyRow row(MacDesign d, double areaUm2, double pjPerMac, GlitchEnergy glitch) {
        AreaReport area = new AreaReport("Mac_" + d.name(), areaUm2, 100, 1000, new TreeMap<>(), 20, areaUm2 * 0.1,
                areaUm2 * 0.6, areaUm2 * 0.3, areaUm2);
        SwitchingEnergy e = new SwitchingEnergy(d.name(), "2 trace(s): a, b", 1000, pjPerMac,
                Map.of(MacKind.ZERO, new KindEnergy(100, pjPerMac / 2), MacKind.NORMAL, new KindEnergy(900, pjPerMac * 1.05)),
                5, 1, 20, 10, 300, pjPerMac * 1000);
        return new StudyRow(d, area, e, null, null, LIB, 1.5, new StaTiming(4.4, 0.1, "a", "b"), "v", "n", null, glitch);
    }

    static GlitchEnergy glitch(double zero, double timed) {
        return new GlitchEnergy(100, zero, timed, 300, 560, Map.of(MacKind.ZERO, new KindEnergy(10, zero / 2),
                MacKind.NORMAL, new KindEnergy(90, zero * 1.05)),
                Map.of(MacKind.ZERO, new KindEnergy(10, timed / 2), MacKind.NORMAL, new KindEnergy(90, timed * 1.05)));
    }

    @Test
    void energyByKindHasEachKindAndAllWithAndWithoutGlitches() {
        MacDesign d = MacDesigns.standard("int8xint8");
        List<MacKindEnergy> rows = IsoStudyResults.energyByKind(row(d, 36000, 38, glitch(36, 59)));
        assertEquals(List.of("zero", "normal", "all"), rows.stream().map(MacKindEnergy::kind).toList());
        MacKindEnergy normal = rows.get(1);
        assertEquals(900, normal.macs());
        assertEquals(38 * 1.05, normal.zeroDelayPj(), 1e-12);
        assertEquals(90, normal.glitchMacs());
        assertEquals(36 * 1.05, normal.glitchZeroDelayPj(), 1e-12);
        assertEquals(59 * 1.05, normal.glitchAwarePj(), 1e-12);
        MacKindEnergy all = rows.get(2);
        assertEquals(38, all.zeroDelayPj());
        assertEquals(59, all.glitchAwarePj());

        List<MacKindEnergy> plain = IsoStudyResults.energyByKind(row(d, 36000, 38, GlitchEnergy.NONE));
        assertTrue(plain.stream().allMatch(e -> e.glitchAwarePj() == null && e.glitchMacs() == 0), plain.toString());
    }

    @Test
    void gapChainIsMeasuredStepByStepAtOneClock() {
        MacDesign int8 = MacDesigns.standard("int8xint8");
        MacDesign dint = MacDesigns.standard("dint4xint8");
        GapDecomposition.Pair base = GapDecomposition.Pair.of(226.6, row(int8, 36800, 38, glitch(36, 59)),
                row(dint, 21500, 21, glitch(20, 30.6)));
        GapDecomposition.Pair booth = GapDecomposition.Pair.of(226.6, row(int8, 30000, 33, glitch(31, 50)),
                row(dint, 20000, 20, glitch(19, 29)));
        List<GapStep> steps = GapDecomposition.steps(base, null, GapDecomposition.Later.measured(booth),
                GapDecomposition.Later.not("test: left out"));
        assertEquals(List.of(GapDecomposition.BASELINE, GapDecomposition.GLITCHES, GapDecomposition.BOOTH,
                GapDecomposition.ACCUMULATOR, GapDecomposition.LIBRARY, GapDecomposition.PAPER),
                steps.stream().map(GapStep::step).toList());
        assertEquals(36800.0 / 21500, steps.get(0).areaRatio(), 1e-12);
        assertEquals(38.0 / 21, steps.get(0).energyRatio(), 1e-12, "baseline: zero delay, long stream");
        assertEquals(steps.get(0).areaRatio(), steps.get(1).areaRatio(), "glitches change no netlist");
        assertEquals(59 / 30.6, steps.get(1).energyRatio(), 1e-12);
        assertTrue(steps.get(1).basis().contains(String.format(java.util.Locale.ROOT, "%.3fx", 36 / 20.0)),
                steps.get(1).basis());
        assertEquals(1.5, steps.get(2).areaRatio(), 1e-12);
        assertEquals(50.0 / 29, steps.get(2).energyRatio(), 1e-12, "after the glitch step: glitch-aware");
        assertEquals(226.6, steps.get(2).clockMhz());
        assertFalse(steps.get(3).measured());
        assertEquals("test: left out", steps.get(3).basis());
        assertFalse(steps.get(4).measured());
        assertTrue(steps.get(5).paper());
        assertEquals(StudyReport.PAPER_AREA_RATIO, steps.get(5).areaRatio());
        assertEquals(StudyReport.PAPER_POWER_RATIO, steps.get(5).energyRatio());
    }

    @Test
    void aLowerClockForTheBoothStepsIsItsOwnStep() {
        MacDesign int8 = MacDesigns.standard("int8xint8");
        MacDesign dint = MacDesigns.standard("dint4xint8");
        GapDecomposition.Pair base = GapDecomposition.Pair.of(226.6, row(int8, 36800, 38, glitch(36, 59)),
                row(dint, 21500, 21, glitch(20, 30.6)));
        GapDecomposition.Pair slower = GapDecomposition.Pair.of(216.6, row(int8, 31000, 36, glitch(34, 55)),
                row(dint, 18000, 20, glitch(19, 29)));
        List<GapStep> steps = GapDecomposition.steps(base, GapDecomposition.Later.measured(slower),
                GapDecomposition.Later.measured(slower), GapDecomposition.Later.not("x"));
        assertEquals(GapDecomposition.CLOCK, steps.get(2).step());
        assertEquals(216.6, steps.get(2).clockMhz());
        assertEquals(31000.0 / 18000, steps.get(2).areaRatio(), 1e-12);
        assertEquals(GapDecomposition.BOOTH, steps.get(3).step());
    }

    @Test
    void withoutGlitchesTheGlitchStepSaysSoAndLaterStepsAreZeroDelay() {
        MacDesign int8 = MacDesigns.standard("int8xint8");
        MacDesign dint = MacDesigns.standard("dint4xint8");
        GapDecomposition.Pair p = GapDecomposition.Pair.of(200, row(int8, 2, 4, GlitchEnergy.NONE),
                row(dint, 1, 2, GlitchEnergy.NONE));
        List<GapStep> steps = GapDecomposition.steps(p, null, GapDecomposition.Later.measured(p), GapDecomposition.Later.measured(p));
        assertFalse(steps.get(1).measured());
        assertNull(steps.get(1).energyRatio());
        assertEquals(2.0, steps.get(2).energyRatio());
    }

    @Test
    void theStudyIsCachedWholeAndReadBackEqual(@TempDir Path dir) {
        ResultCache cache = new ResultCache(dir, true);
        Cost c = new Cost(0.1, "t");
        SynthStage.Result r = new SynthStage.Result(List.of(new SynthesizedMac("int8xint8", new MacCost(c, c, c,
                new Cost(10, "t")), new AreaBreakdown("int8xint8", 6, 3, 1, 0), "t")),
                new SynthesisStudy("testlib", 226.6, List.of(new dintsim.reports.model.ClockSweepPoint("int8xint8", 0, 200,
                        10, true)), List.of(), List.of(new MacKindEnergy("int8xint8", "all", 10, 1, 0, null, null)),
                        List.of(GapStep.notMeasured("x", "y"))));
        cache.get(SynthStage.NAME, "k", SynthStage.Result.class, () -> r);
        SynthStage.Result back = cache.get(SynthStage.NAME, "k", SynthStage.Result.class, () -> {
            throw new AssertionError("recomputed");
        });
        assertEquals(r.study(), back.study());
        assertEquals(1, cache.hits());
    }

    @Test
    void toResultKeepsTheCostTableConversion() {
        StudyRow r = row(MacDesigns.standard("dint4xint8"), 21500, 21, glitch(20, 30.6));
        SynthesizedMac m = SynthStage.toResult(r, 1.8, "Yosys 0.23", "cmd");
        assertEquals(StudyReport.macCost(r, 1.8, "Yosys 0.23", "cmd"), m.cost());
        assertEquals(21500, m.area().totalUm2(), 1e-9);
        assertEquals(21 / 2.0, m.cost().zero().value(), 1e-12, "zero-delay, not the glitch-aware figure");
    }
}

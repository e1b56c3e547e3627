package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.power.MacActivity;
import dintsim.rtl.power.MacStream;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("yosys")
@Tag("verilator")
class GlitchAwareEnergyTest {
    private static final MacDesign INT8 = MacDesigns.standard("int8xint8");

    private static AreaEnergyStudy study() {
        YosysSynthesizer synth = Fixtures.synthesizer();
        return new AreaEnergyStudy((design, dir) -> Fixtures.mac(design.name()), synth,
                GateLevelSimulator.standard(synth.library(), Fixtures.WORK.resolve("gate-sim")),
                new MacActivity(synth.library(), AreaClassifier.DEFAULT_MULTIPLIER_MODULES), Fixtures.WORK, 600);
    }

    @Test
    void zeroDelayPartIsVerilatorsEnergyAndGlitchesOnlyAdd() {
        LayerTrace trace = SampleTraces.random("int8xint8", 9, 70, 5, 21);
        SweepPoint point = study().timed(INT8, 0);
        MacStream stream = MacStream.weightStationary(trace, 400);
        MacActivity activity = new MacActivity(Fixtures.synthesizer().library(), AreaClassifier.DEFAULT_MULTIPLIER_MODULES);
        GlitchEnergy g = new GlitchAwareEnergy(Fixtures.synthesizer().library(), activity, dintsim.rtl.timing.OpenSta.standard())
                .measure(point, INT8, stream);
        double verilator = activity.measure(GateLevelSimulator.standard(Fixtures.synthesizer().library(),
                Fixtures.WORK.resolve("gate-sim")).compile(point.synth().netlist(), "clock"), INT8, stream).energyPerMacPj();
        assertEquals(400, g.macs());
        // The Java simulator's zero-delay mode counts exactly Verilator's transitions, so the energies agree to rounding.
        assertEquals(verilator, g.zeroDelayPjPerMac(), 1e-9 * verilator);
        // A multiplier with random operands glitches: more transitions reach its nets than settle.
        assertTrue(g.glitchAwareTogglesPerMac() > 1.1 * g.zeroDelayTogglesPerMac(), g.toString());
        assertTrue(g.glitchAwarePjPerMac() > g.zeroDelayPjPerMac(), g.toString());
    }

    @Test
    void theStudyMeasuresGlitchesOnlyWhenAskedAndReportsThem() {
        List<LayerTrace> traces = List.of(SampleTraces.random("int8xint8", 9, 70, 5, 22),
                SampleTraces.random("int8xint8", 9, 70, 5, 23));
        StudyRow without = study().run(List.of(INT8), traces).get(0);
        assertFalse(without.glitch().measured());
        StudyRow with = study().withGlitchMacsPerTrace(150).run(List.of(INT8), traces).get(0);
        assertEquals(300, with.glitch().macs(), "the first 150 MACs of each of the two traces");
        assertTrue(with.glitch().ratio() > 1, with.glitch().toString());
        String csv = StudyReport.csv(List.of(with));
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",glitch_macs,glitch_zero_delay_pj_per_mac,"
                + "glitch_aware_pj_per_mac,glitch_ratio"), csv);
        assertTrue(StudyReport.text(List.of(with)).contains("glitch-aware"), StudyReport.text(List.of(with)));
        assertTrue(StudyReport.csv(List.of(without)).lines().skip(1).findFirst().orElseThrow().endsWith(",0,,,"));
    }
}

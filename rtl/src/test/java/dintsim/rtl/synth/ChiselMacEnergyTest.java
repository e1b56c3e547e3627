package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacKind;
import dintsim.models.mac.MacDesign;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.power.MacActivity;
import dintsim.rtl.power.SwitchingEnergy;
import dintsim.rtl.power.MacStream;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The whole flow on the emitted Chisel dINT4 MAC: emission, synthesis, gate-level replay. */
@Tag("yosys")
@Tag("verilator")
class ChiselMacEnergyTest {
    @Test
    void emittedDint4MacIsBitExactAtGateLevelAndSpecialCodesCostLessThanNormalOnes() {
        LayerTrace trace = SampleTraces.random("dint4xint8", 33, 70, 17, 7);
        MacDesign design = trace.design();
        MacRtl rtl = AreaEnergyStudy.chisel().emit(design, Fixtures.WORK.resolve("chisel-dint4"));
        SynthResult synth = Fixtures.synthesizer().synthesize(rtl.top(), rtl.files());
        assertTrue(synth.area().flipFlops() >= design.accumulator().width(), synth.area().toString());
        // The product datapath is its own module (ProductUnit), so the split sees a multiplier, and
        // it is the larger part of the combinational logic of a MAC whose adder is 24 bits wide.
        AreaReport area = synth.area();
        assertTrue(area.multiplierAreaUm2() > 0.25 * area.hierarchicalAreaUm2(), area.toString());
        assertTrue(area.accumulatorAreaUm2() > 0, area.toString());
        GateLevelSimulator sim = GateLevelSimulator.standard(Fixtures.synthesizer().library(), Fixtures.WORK.resolve("gate-sim"));
        MacActivity activity = new MacActivity(Fixtures.synthesizer().library(), AreaClassifier.DEFAULT_MULTIPLIER_MODULES);
        // measure() checks every accumulator value against MacDesign.product and throws on a mismatch.
        SwitchingEnergy e = activity.measure(sim.compile(synth.netlist(), "clock"), design, MacStream.weightStationary(trace, 40_000));
        assertEquals(33L * 70 * 17, e.macs());
        assertTrue(e.multiplierPjPerMac() > 0 && e.multiplierPjPerMac() < e.energyPerMacPj(), e.toString());
        assertTrue(e.byKind().get(MacKind.SPECIAL).meanPj() < e.byKind().get(MacKind.NORMAL).meanPj(), e.toString());
        assertTrue(e.byKind().get(MacKind.ZERO).meanPj() < e.byKind().get(MacKind.NORMAL).meanPj(), e.toString());
    }
}

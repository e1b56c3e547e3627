package dintsim.rtl.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacKind;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.synth.AreaClassifier;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.Fixtures;
import dintsim.rtl.synth.SynthResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("yosys")
@Tag("verilator")
class MacActivityTest {
    @Test
    void gateLevelMacsEqualTheGoldenModelAndZeroWeightsCostLess() {
        CellLibrary lib = Fixtures.synthesizer().library();
        GateLevelSimulator sim = GateLevelSimulator.standard(lib, Fixtures.WORK.resolve("gate-sim"));
        MacActivity activity = new MacActivity(lib, AreaClassifier.DEFAULT_MULTIPLIER_MODULES);
        for (String name : new String[] {"int8xint8", "int4xint8"}) {
            SynthResult synth = Fixtures.synthesizeMac(name);
            MacDesign design = MacDesigns.standard(name);
            // measure() compares every accumulator value with the golden model and throws on a mismatch.
            SwitchingEnergy e = activity.measure(sim.compile(synth.netlist(), "clock"), design, MacStream.random(design, 20_000, 11));
            assertEquals(20_000, e.macs());
            assertTrue(e.multiplierPjPerMac() > 0 && e.otherPjPerMac() > 0 && e.registerPjPerMac() > 0, e.toString());
            assertEquals(e.energyPerMacPj(), e.clockPjPerMac() + e.registerPjPerMac() + e.multiplierPjPerMac()
                    + e.otherPjPerMac(), 0.01 * e.energyPerMacPj());
            assertEquals(24 * lib.cell("DFFPOSX1").power().clockCycleFj(NetEnergies.INPUT_SLEW_NS) / 1000, e.clockPjPerMac(),
                    1e-12);
        }
    }

    @Test
    void aWeightOfZeroHoldsTheMultiplierStill() {
        CellLibrary lib = Fixtures.synthesizer().library();
        GateLevelSimulator sim = GateLevelSimulator.standard(lib, Fixtures.WORK.resolve("gate-sim"));
        MacDesign design = MacDesigns.standard("int4xint8");
        MacStream random = MacStream.random(design, 4000, 5);
        int[] zeros = new int[random.length()];
        MacStream zeroWeights = new MacStream("zero weights", zeros, random.activation(), random.psumIn());
        var mac = sim.compile(Fixtures.synthesizeMac("int4xint8").netlist(), "clock");
        MacActivity activity = new MacActivity(lib, AreaClassifier.DEFAULT_MULTIPLIER_MODULES);
        SwitchingEnergy zero = activity.measure(mac, design, zeroWeights);
        SwitchingEnergy any = activity.measure(mac, design, random);
        assertEquals(4000, zero.byKind().get(MacKind.ZERO).macs());
        assertTrue(zero.multiplierPjPerMac() < 0.5 * any.multiplierPjPerMac(), zero + " vs " + any);
    }
}

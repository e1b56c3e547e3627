package dintsim.rtl.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.Fixtures;
import dintsim.rtl.synth.PowerCrossCheck;
import dintsim.rtl.synth.SynthResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** OpenSTA's report_power and dintsim's energy per transition agree at one uniform activity. */
@Tag("yosys")
@Tag("verilator")
class StaPowerTest {
    @Test
    void reportPowerAgreesWithTheEnergyPerTransitionModel() {
        CellLibrary lib = Fixtures.synthesizer().library();
        SynthResult synth = Fixtures.synthesizeMac("int8xint8");
        GateLevelSimulator.Compiled mac = GateLevelSimulator.standard(lib, Fixtures.WORK.resolve("gate-sim"))
                .compile(synth.netlist(), "clock");
        StaPower at10 = OpenSta.standard().power(lib, synth.netlist(), synth.top(), "clock", 10, PowerCrossCheck.ACTIVITY,
                Fixtures.WORK.resolve("sta-power-10"));
        StaPower at5 = OpenSta.standard().power(lib, synth.netlist(), synth.top(), "clock", 5, PowerCrossCheck.ACTIVITY,
                Fixtures.WORK.resolve("sta-power-5"));
        // Activity is per cycle, so the energy per cycle does not depend on the clock.
        assertEquals(at10.dynamicPjPerCycle(), at5.dynamicPjPerCycle(), 1e-3 * at10.dynamicPjPerCycle());
        PowerCrossCheck check = new PowerCrossCheck(PowerCrossCheck.dintsimPjPerCycle(mac.energies()), at10);
        System.out.printf("int8xint8 fixture at activity %.2f: dintsim %.4f pJ/cycle, OpenSTA %.4f pJ/cycle (ratio %.3f)%n",
                PowerCrossCheck.ACTIVITY, check.dintsimPjPerCycle(), at10.dynamicPjPerCycle(), check.ratio());
        // Measured 1.35 (internal energies agree within ~20%; OpenSTA charges far less net switching than
        // 1/2 C V^2 per transition of the pin loads: open, see AREA_ENERGY.md). Gross divergence fails.
        assertTrue(check.ratio() > 0.67 && check.ratio() < 2, "dintsim / OpenSTA = " + check.ratio());
    }
}

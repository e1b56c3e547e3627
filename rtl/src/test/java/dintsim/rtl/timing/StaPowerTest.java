package dintsim.rtl.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesigns;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.power.MacActivity;
import dintsim.rtl.power.MacStream;
import dintsim.rtl.power.NetActivity;
import dintsim.rtl.synth.AreaClassifier;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.Fixtures;
import dintsim.rtl.synth.PowerCrossCheck;
import dintsim.rtl.synth.SynthResult;
import dintsim.traces.samples.SampleTraces;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** OpenSTA's power at the per-net activity of a gate-level run, beside dintsim's energy model. */
@Tag("yosys")
@Tag("verilator")
class StaPowerTest {
    private static final CellLibrary LIB = Fixtures.synthesizer().library();

    private static SynthResult synth() {
        return Fixtures.synthesizeMac("int8xint8");
    }

    private static GateLevelSimulator.Compiled compiled(SynthResult synth) {
        return GateLevelSimulator.standard(LIB, Fixtures.WORK.resolve("gate-sim")).compile(synth.netlist(), "clock");
    }

    /** The activity of 2,000 weight-stationary MACs of a random int8 trace, checked against the golden MAC. */
    private static NetActivity measured(GateLevelSimulator.Compiled mac) {
        MacStream stream = MacStream.weightStationary(SampleTraces.random("int8xint8", 9, 70, 5, 31), 2000);
        return new MacActivity(LIB, AreaClassifier.DEFAULT_MULTIPLIER_MODULES)
                .measureEachMac(mac, MacDesigns.standard("int8xint8"), stream).activity();
    }

    private static StaPower sta(SynthResult synth, double periodNs, NetActivity activity, String dir) {
        return OpenSta.standard().power(LIB, synth.netlist(), "clock", periodNs, activity, Fixtures.WORK.resolve(dir));
    }

    @Test
    void doublingEveryActivityDoublesOpenStasSwitchingPower() {
        SynthResult synth = synth();
        NetActivity once = measured(compiled(synth));
        StaPower p1 = sta(synth, 10, once, "sta-power-x1");
        StaPower p2 = sta(synth, 10, once.scaled(2), "sta-power-x2");
        System.out.printf("int8xint8 fixture, OpenSTA switching at the measured activity %.6e W, at twice it %.6e W (x%.6f); "
                + "internal %.6e -> %.6e W%n", p1.switchingW(), p2.switchingW(), p2.switchingW() / p1.switchingW(),
                p1.internalW(), p2.internalW());
        assertTrue(p1.switchingW() > 0, p1.toString());
        // Switching is sum of 1/2 C V^2 x activity per output pin: exactly linear if every pin's activity is used.
        assertEquals(2 * p1.switchingW(), p2.switchingW(), 1e-6 * p2.switchingW());
        // Internal power grows too, less than twice: the clock pins stay at 2 transitions per cycle.
        assertTrue(p2.internalW() > 1.2 * p1.internalW() && p2.internalW() < 2 * p1.internalW(), p1 + " / " + p2);
    }

    @Test
    void dintsimAndOpenStaAgreeAtTheMeasuredActivity() {
        SynthResult synth = synth();
        GateLevelSimulator.Compiled mac = compiled(synth);
        NetActivity activity = measured(mac);
        StaPower at10 = sta(synth, 10, activity, "sta-power-10");
        StaPower at5 = sta(synth, 5, activity, "sta-power-5");
        // Activity is per cycle, so the energy per cycle does not depend on the clock.
        assertEquals(at10.dynamicPjPerCycle(), at5.dynamicPjPerCycle(), 1e-3 * at10.dynamicPjPerCycle());
        PowerCrossCheck check = PowerCrossCheck.of(mac.netlist(), mac.energies(), activity, at10);
        System.out.printf("int8xint8 fixture, 2000 MACs, pJ/cycle: dintsim internal %.4f switching %.4f total %.4f; "
                        + "OpenSTA %s internal %.4f (per transition %.4f) switching %.4f total per transition %.4f; "
                        + "dintsim / OpenSTA %.3f (internal %.3f, switching %.4f); dintsim clock pin charge %.4f%n",
                check.dintsimInternalPj(), check.dintsimSwitchingPj(), check.dintsimPj(), at10.version(), check.staInternalPj(),
                check.staInternalPerTransitionPj(), check.staSwitchingPj(), check.staPerTransitionPj(), check.ratio(),
                check.internalRatio(), check.switchingRatio(), check.dintsimClockPinPj());
        // Both charge 1/2 C V^2 per output transition at the same pin loads: measured 1.001.
        assertEquals(1, check.switchingRatio(), 0.01, "switching dintsim / OpenSTA");
        // Internal: the same Liberty tables, but OpenSTA weights the arcs by its own duties and takes its own slews;
        // measured 0.959 per transition (OpenSTA 2.0.17 reports twice that, rise + fall per transition).
        assertEquals(1, check.internalRatio(), 0.10, "internal dintsim / OpenSTA per transition");
        // Total, measured 0.977.
        assertEquals(1, check.ratio(), 0.05, "total dintsim / OpenSTA per transition");
    }

    @Test
    void badActivityIsAClearError() {
        SynthResult synth = synth();
        NetActivity good = measured(compiled(synth));
        String cell = good.cellOutputs().keySet().iterator().next();
        for (double bad : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Map<String, Double> cells = new LinkedHashMap<>(good.cellOutputs());
            cells.put(cell, bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new NetActivity(cells, good.inputBits(), good.cycles()));
            assertTrue(e.getMessage().contains("cell " + cell) && e.getMessage().contains(String.valueOf(bad)), e.getMessage());
        }
        Map<String, Double> unknown = new LinkedHashMap<>(good.cellOutputs());
        unknown.put("no_such_cell", 0.5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sta(synth, 10,
                new NetActivity(unknown, good.inputBits(), good.cycles()), "sta-power-bad"));
        assertTrue(e.getMessage().contains("unknown cell(s) [no_such_cell]"), e.getMessage());
        Map<String, Double> missing = new LinkedHashMap<>(good.inputBits());
        missing.remove("w[3]");
        e = assertThrows(IllegalArgumentException.class, () -> sta(synth, 10,
                new NetActivity(good.cellOutputs(), missing, good.cycles()), "sta-power-bad"));
        assertTrue(e.getMessage().contains("no activity for input bit(s) [w[3]]"), e.getMessage());
    }
}

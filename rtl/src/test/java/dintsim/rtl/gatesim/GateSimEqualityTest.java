package dintsim.rtl.gatesim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.power.ActivityRun;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.power.GateNetlist;
import dintsim.rtl.power.MacActivity;
import dintsim.rtl.power.MacStream;
import dintsim.rtl.power.SwitchingEnergy;
import dintsim.rtl.synth.AreaClassifier;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.Fixtures;
import dintsim.rtl.synth.SynthResult;
import dintsim.rtl.timing.OpenSta;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Java gate-level simulator against the tools on a synthesized MAC and 10^4 random MACs: zero
 * delay equals Verilator's toggle count on every net; timed (OpenSTA's SDF) equals Icarus
 * Verilog's with $sdf_annotate on all but a few nets (same-picosecond event order).
 */
@Tag("yosys")
@Tag("verilator")
@Tag("iverilog")
class GateSimEqualityTest {
    private static final int MACS = 10_000;

    @Test
    void zeroDelayEqualsVerilatorAndTimedEqualsIcarusOnEveryNet() {
        CellLibrary lib = Fixtures.synthesizer().library();
        MacDesign design = MacDesigns.standard("int4xint8");
        SynthResult synth = Fixtures.synthesizeMac("int4xint8");
        MacStream stream = MacStream.random(design, MACS, 7);

        GateLevelSimulator.Compiled verilated = GateLevelSimulator.standard(lib, Fixtures.WORK.resolve("gate-sim"))
                .compile(synth.netlist(), "clock");
        EventGateSimulator zero = EventGateSimulator.zeroDelay(synth.netlist(), lib, "clock");
        long[][] stimulus = MacActivity.stimulus(zero, stream);
        ActivityRun v = verilated.run(stimulus);
        ActivityRun z = zero.run(stimulus);
        assertArrayEquals(v.cellToggles(), z.cellToggles(), "zero-delay toggles per net");
        for (int c = 0; c < stimulus.length; c++) {
            assertArrayEquals(v.outputs()[c], z.outputs()[c], "outputs at cycle " + c);
        }

        Path dir = Fixtures.WORK.resolve("gatesim-int4xint8");
        Path sdf = dir.resolve("netlist.sdf");
        OpenSta.standard().time(lib, synth.netlist(), synth.top(), "clock", 20, dir.resolve("sta"), sdf);
        SdfDelays delays = SdfDelays.read(sdf);
        EventGateSimulator timed = EventGateSimulator.timed(synth.netlist(), lib, "clock", delays, 10_000);
        ActivityRun t = timed.run(stimulus);
        long[] icarus = IcarusToggleBench.standard().toggles(GateNetlist.read(synth.netlist(), lib), lib, "clock", delays,
                10_000, stimulus, dir.resolve("icarus"));
        int equal = 0;
        for (int c = 0; c < icarus.length; c++) {
            equal += icarus[c] == t.cellToggles()[c] ? 1 : 0;
        }
        System.out.printf("int4xint8, %d MACs: timed toggles %d (Icarus %d), zero-delay %d; nets equal %d of %d%n", MACS,
                Arrays.stream(t.cellToggles()).sum(), Arrays.stream(icarus).sum(), Arrays.stream(z.cellToggles()).sum(),
                equal, icarus.length);
        // Measured: 409 of 411 nets equal, 3,002,946 vs 3,002,942 transitions. The two nets differ by
        // 2 transitions each: events at the same picosecond, whose order Icarus does not define
        // (open, see rtl/docs/AREA_ENERGY.md). A model that differs in its delays or its pulse
        // rejection differs on most nets (evaluating on every input change: 274 of 411).
        assertTrue(equal >= 0.99 * icarus.length, equal + " of " + icarus.length + " nets equal");
        long java = Arrays.stream(t.cellToggles()).sum();
        long reference = Arrays.stream(icarus).sum();
        assertTrue(Math.abs(java - reference) <= 1e-5 * reference, java + " vs Icarus " + reference);
        // Glitches only add transitions: every net toggles at least as often as at zero delay, some more.
        for (int c = 0; c < icarus.length; c++) {
            assertTrue(t.cellToggles()[c] >= z.cellToggles()[c], "net " + c);
        }
        assertTrue(Arrays.stream(t.cellToggles()).sum() > Arrays.stream(z.cellToggles()).sum());
        // The timed netlist still computes every MAC right (measure() checks each against the golden model).
        SwitchingEnergy glitchy = new MacActivity(lib, AreaClassifier.DEFAULT_MULTIPLIER_MODULES).measure(timed, design, stream);
        SwitchingEnergy plain = new MacActivity(lib, AreaClassifier.DEFAULT_MULTIPLIER_MODULES).measure(zero, design, stream);
        assertTrue(glitchy.energyPerMacPj() > plain.energyPerMacPj(), glitchy + " vs " + plain);
    }
}

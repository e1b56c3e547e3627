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
import dintsim.rtl.emit.EmittedRtl;
import dintsim.rtl.emit.RtlEmitter;
import dintsim.rtl.synth.AreaClassifier;
import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.Fixtures;
import dintsim.rtl.synth.GlitchAwareEnergy;
import dintsim.rtl.synth.SynthResult;
import dintsim.rtl.timing.OpenSta;
import dintsim.rtl.timing.StaTiming;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java gate-level simulator against the tools on every standard design's synthesized Chisel
 * MAC and 10^4 random MACs: zero delay equals Verilator's toggle count on every net; timed
 * (OpenSTA's SDF) equals Icarus Verilog's with $sdf_annotate on every net.
 */
@Tag("yosys")
@Tag("verilator")
@Tag("iverilog")
class GateSimEqualityTest {
    private static final int MACS = 10_000;
    static java.util.List<String> designs() {
        return MacDesigns.STANDARD;
    }

    @ParameterizedTest
    @MethodSource("designs")
    void zeroDelayEqualsVerilatorAndTimedEqualsIcarusOnEveryNet(String name) {
        CellLibrary lib = Fixtures.synthesizer().library();
        MacDesign design = MacDesigns.standard(name);
        Path dir = Fixtures.WORK.resolve("gatesim-" + RtlEmitter.designTag(design));
        EmittedRtl rtl = RtlEmitter.emitMac(design, dir.resolve("rtl"));
        SynthResult synth = Fixtures.synthesizer().synthesize(rtl.topModule(), rtl.files());
        MacStream stream = MacStream.random(design, MACS, 7);

        GateLevelSimulator.Compiled verilated = GateLevelSimulator.standard(lib, Fixtures.WORK.resolve("gate-sim"))
                .compile(synth.netlist(), "clock");
        EventGateSimulator zero = EventGateSimulator.zeroDelay(synth.netlist(), lib, "clock");
        long[][] stimulus = MacActivity.stimulus(zero, stream);
        ActivityRun v = verilated.run(stimulus);
        ActivityRun z = zero.run(stimulus);
        assertArrayEquals(v.cellToggles(), z.cellToggles(), name + ": zero-delay toggles per net");
        for (int c = 0; c < stimulus.length; c++) {
            assertArrayEquals(v.outputs()[c], z.outputs()[c], name + ": outputs at cycle " + c);
        }

        Path sdf = dir.resolve("netlist.sdf");
        StaTiming timing = OpenSta.standard().time(lib, synth.netlist(), synth.top(), "clock", 20, dir.resolve("sta"), sdf);
        SdfDelays delays = SdfDelays.read(sdf);
        long phasePs = GlitchAwareEnergy.phasePs(timing);
        EventGateSimulator timed = EventGateSimulator.timed(synth.netlist(), lib, "clock", delays, phasePs);
        ActivityRun t = timed.run(stimulus);
        long[] icarus = IcarusToggleBench.standard().toggles(GateNetlist.read(synth.netlist(), lib), lib, "clock", delays,
                phasePs, stimulus, dir.resolve("icarus"));
        System.out.printf("%s, %d MACs: timed toggles %d (Icarus %d), zero-delay %d, %d nets%n", name, MACS,
                Arrays.stream(t.cellToggles()).sum(), Arrays.stream(icarus).sum(), Arrays.stream(z.cellToggles()).sum(),
                icarus.length);
        // Every net, every transition: the cells are single primitives in Icarus (CellLibrary.timedVerilog),
        // so no same-picosecond order is left undefined.
        assertArrayEquals(icarus, t.cellToggles(), name + ": timed toggles per net, Java vs Icarus");
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

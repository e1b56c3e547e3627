package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.power.ArrayGemm;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.sim.hw.array.Dataflow;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("yosys")
@Tag("verilator")
class ArrayCostsTest {
    @Test
    void anArraySliceOfATraceCostsMorePerMacThanTheLoneMacOnTheSameOperands() {
        LayerTrace trace = SampleTraces.random("int4xint8", 33, 70, 17, 4);
        ArrayGemm slice = ArrayGemm.slice(trace, 8, 8, 1200);
        assertEquals(18, slice.activations().rows(), "1200 / (8 x 8) rows");
        assertEquals(8, slice.activations().cols());
        assertEquals(8, slice.weights().rows());
        assertEquals(trace.weights().code(2 * 17 / 8, 5), slice.weights().code(2, 5), "channels spread over N");
        ArrayConfig config = new ArrayConfig(2, 2, Dataflow.parse("ws", "test"), true, false);
        ArrayCosts c = ArrayCosts.measure(Fixtures.synthesizer(), GateLevelSimulator.standard(Fixtures.synthesizer().library(),
                Fixtures.WORK.resolve("gate-sim")), config, slice, Fixtures.WORK.resolve("array-costs"));
        System.out.println(ArrayCosts.csvHeader() + "\n" + c.csvRow());
        assertEquals(18L * 8 * 8, c.array().macs());
        assertEquals(c.array().macs(), c.mac().macs(), "the MAC replays the same MACs");
        // The array's PEs add forwarding registers and idle cycles: never cheaper than the lone MAC, and not
        // several times dearer on a 2 x 2 array.
        assertTrue(c.energyOverMac() > 1.0 && c.energyOverMac() < 3.0, "energy per MAC / MAC = " + c.energyOverMac());
        assertEquals(c.array().pjPerMac(), (c.array().clockPj() + (c.array().split().registersFj()
                + c.array().split().multiplierFj() + c.array().split().otherFj()) / 1000) / c.array().macs(),
                1e-3 * c.array().pjPerMac(), "the split adds up (reset cycles apart)");
    }
}

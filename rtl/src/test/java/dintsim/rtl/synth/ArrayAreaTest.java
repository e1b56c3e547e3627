package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacDesigns;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.sim.hw.array.Dataflow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("yosys")
class ArrayAreaTest {
    @Test
    void fourByFourArrayCostsAboutSixteenMacsPlusItsRegisters() {
        ArrayArea a = ArrayArea.measure(Fixtures.synthesizer(), MacDesigns.standard("int4xint8"),
                new ArrayConfig(4, 4, Dataflow.parse("ws", "test"), true, false), Fixtures.WORK.resolve("array-area"));
        System.out.println(ArrayArea.csvHeader() + "\n" + a.csvRow());
        assertEquals(16, a.macs());
        // Band: each PE is a MAC plus operand/forwarding registers, never less than the MAC, and the
        // registers of an 8-bit operand path cannot double it.
        assertTrue(a.overMac() >= 1.0 && a.overMac() <= 1.8, "area per MAC / MAC area = " + a.overMac());
        assertTrue(a.extraFlipFlopsPerMac() > 0, "array PEs add registers: " + a.extraFlipFlopsPerMac());
    }
}

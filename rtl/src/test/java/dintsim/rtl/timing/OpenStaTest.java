package dintsim.rtl.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.rtl.synth.ExternalToolException;
import dintsim.rtl.synth.Fixtures;
import dintsim.rtl.synth.SynthResult;
import dintsim.rtl.synth.YosysSynthesizer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("yosys")
class OpenStaTest {
    private static final Path WORK = Fixtures.WORK.resolve("sta");

    @Test
    void criticalPathIsPeriodMinusSlackAtAnyPeriod() throws Exception {
        YosysSynthesizer y = Fixtures.synthesizer();
        SynthResult mac = Fixtures.synthesizeMac("int8xint8");
        StaTiming at10 = OpenSta.standard().time(y.library(), mac.netlist(), mac.top(), "clock", 10, WORK.resolve("a"),
                WORK.resolve("a/mac.sdf"));
        StaTiming at3 = OpenSta.standard().time(y.library(), mac.netlist(), mac.top(), "clock", 3, WORK.resolve("b"), null);
        assertEquals(at10.criticalPathNs(), at3.criticalPathNs(), 1e-6);
        assertTrue(at3.worstSlackNs() < 0 && at10.worstSlackNs() > 0, at3 + " " + at10);
        // An 8x8 multiplier into a 24-bit adder on 0.18 um cells: a few ns, through ~30 gates.
        assertTrue(at10.criticalPathNs() > 2 && at10.criticalPathNs() < 10, at10.toString());
        assertTrue(at10.startpoint().startsWith("w[") || at10.startpoint().startsWith("a["), at10.toString());
        assertTrue(Files.readString(WORK.resolve("a/mac.sdf")).contains("(CELLTYPE \"DFFPOSX1\")"));
    }

    @Test
    void aDelayTargetBuysSpeedWithArea() {
        SynthResult area = Fixtures.synthesizeMac("int8xint8");
        YosysSynthesizer fast = Fixtures.synthesizer().withDelayTarget(1000);
        SynthResult speed = fast.synthesize(area.top(), Fixtures.mac("int8xint8").files());
        assertNotEquals(area.key(), speed.key());
        StaTiming slow = OpenSta.standard().time(fast.library(), area.netlist(), area.top(), "clock", 10, WORK.resolve("c"), null);
        StaTiming quick = OpenSta.standard().time(fast.library(), speed.netlist(), speed.top(), "clock", 10, WORK.resolve("d"), null);
        assertTrue(quick.fmaxMhz() > 1.05 * slow.fmaxMhz(), quick + " vs " + slow);
        assertTrue(speed.area().areaUm2() > area.area().areaUm2(), speed.area() + " vs " + area.area());
    }

    @Test
    void aWrongClockPortIsReported() {
        SynthResult mac = Fixtures.synthesizeMac("int4xint8");
        var e = assertThrows(ExternalToolException.class, () -> OpenSta.standard().time(Fixtures.synthesizer().library(),
                mac.netlist(), mac.top(), "clk_missing", 10, WORK.resolve("e"), null));
        assertTrue(e.getMessage().contains("sta"), e.getMessage());
    }
}

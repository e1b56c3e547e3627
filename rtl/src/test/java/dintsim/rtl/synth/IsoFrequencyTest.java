package dintsim.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.timing.StaTiming;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IsoFrequencyTest {
    private static SweepPoint point(double target, double area, double criticalNs) {
        AreaReport a = new AreaReport("t", area, 1, 0, new java.util.TreeMap<>(), 0, 0, 0, area, area);
        return new SweepPoint(target, new SynthResult("t", a, Path.of("n.v"), Map.of(), "k" + target, false, "h"),
                new StaTiming(10, 10 - criticalNs, "a", "b"));
    }

    @Test
    void theCommonClockIsTheSlowestDesignsBestAndEachTakesItsSmallestNetlistMeetingIt() {
        MacDesign int8 = MacDesigns.standard("int8xint8");
        MacDesign dint4 = MacDesigns.standard("dint4xint8");
        SweepPoint slowBig = point(0, 100, 5);      // 200 MHz
        SweepPoint fastBigger = point(2, 130, 4);   // 250 MHz: int8's best
        SweepPoint dSmall = point(0, 50, 4.5);      // 222 MHz
        SweepPoint dMid = point(3, 55, 3.9);        // 256 MHz
        SweepPoint dFast = point(2, 70, 3.5);       // 286 MHz
        Map<MacDesign, List<SweepPoint>> sweeps = new LinkedHashMap<>();
        sweeps.put(int8, List.of(slowBig, fastBigger));
        sweeps.put(dint4, List.of(dSmall, dMid, dFast));
        IsoFrequency iso = IsoFrequency.of(sweeps);
        assertEquals(250, iso.mhz(), 1e-9);
        assertSame(fastBigger, iso.chosen().get(int8));
        assertSame(dMid, iso.chosen().get(dint4));
    }
}

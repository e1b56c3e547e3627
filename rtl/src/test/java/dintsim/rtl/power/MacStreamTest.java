package dintsim.rtl.power;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dintsim.models.mac.MacDesign;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import org.junit.jupiter.api.Test;

class MacStreamTest {
    @Test
    void weightStationaryOrderHoldsEachWeightForAColumnOfActivations() {
        LayerTrace t = SampleTraces.random("dint4xint8", 5, 7, 3, 42);
        MacDesign d = t.design();
        MacStream s = MacStream.weightStationary(t, 1_000_000);
        assertEquals(5 * 7 * 3, s.length());
        int i = 0;
        for (int n = 0; n < 3; n++) {
            long[] psum = new long[5];
            for (int k = 0; k < 7; k++) {
                for (int m = 0; m < 5; m++) {
                    assertEquals(t.weights().code(n, k), s.weight()[i]);
                    assertEquals(t.activations().code(m, k), s.activation()[i]);
                    assertEquals(psum[m], s.psumIn()[i]);
                    psum[m] += d.product(t.weights().code(n, k), t.activations().code(m, k));
                    i++;
                }
            }
        }
    }

    @Test
    void theMacBudgetPicksChannelsSpreadOverN() {
        LayerTrace t = SampleTraces.random("int4xint8", 4, 8, 10, 3);
        MacStream s = MacStream.weightStationary(t, 2 * 4 * 8);
        assertEquals(64, s.length());
        assertEquals(t.weights().code(5, 0), s.weight()[32]);
        MacStream both = MacStream.concat(java.util.List.of(s.slice(0, 10, "a"), s.slice(10, 64, "b")));
        assertEquals(s.weight()[40], both.weight()[40]);
        assertEquals(s.psumIn()[63], both.psumIn()[63]);
    }

    @Test
    void aBudgetBelowOneChannelKeepsTheFirstMacsOfChannelZero() {
        LayerTrace t = SampleTraces.random("fp4xint8", 6, 10, 4, 9);
        MacStream s = MacStream.weightStationary(t, 20);
        assertEquals(20, s.length());
        for (int i = 0; i < 20; i++) {
            assertEquals(t.weights().code(0, i / 6), s.weight()[i]);
            assertEquals(t.activations().code(i % 6, i / 6), s.activation()[i]);
        }
    }
}

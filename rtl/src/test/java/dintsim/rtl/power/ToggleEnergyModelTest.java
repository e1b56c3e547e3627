package dintsim.rtl.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.MacKind;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.rtl.verilator.ActivityFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToggleEnergyModelTest {
    @Test
    void signalTogglesFollowTheGoldenValues() {
        MacDesign d = MacDesigns.standard("int4xint8");
        // w codes 1, 1, 15 (= -1); a codes 3, 5, 5; psum 0, 10, 0.
        MacStream s = new MacStream("hand", new int[] {1, 1, 15}, new int[] {3, 5, 5}, new long[] {0, 10, 0});
        RtlSignalToggles t = RtlSignalToggles.of(d, s, 12, 8);
        // act: 0->3 (2), 3->5 (2), 5->5 (0); weight: 0->1 (1), 1->1 (0), 1->15 (3)
        assertEquals(2, t.toggles()[0][0]);
        assertEquals(2, t.toggles()[0][1]);
        assertEquals(0, t.toggles()[0][2]);
        assertEquals(1, t.toggles()[1][0]);
        assertEquals(0, t.toggles()[1][1]);
        assertEquals(3, t.toggles()[1][2]);
        // product 3, 5, -5 (12 bits: 0x003, 0x005, 0xFFB): 2, 2, popcount(0x005 ^ 0xFFB) = 11
        assertEquals(2, t.toggles()[2][0]);
        assertEquals(2, t.toggles()[2][1]);
        assertEquals(11, t.toggles()[2][2]);
        // acc 3, 15, -5 (8 bits: 0x03, 0x0F, 0xFB): 2, 2, popcount(0x0F ^ 0xFB) = popcount(0xF4) = 5
        assertEquals(2, t.toggles()[3][0]);
        assertEquals(2, t.toggles()[3][1]);
        assertEquals(5, t.toggles()[3][2]);
    }

    @Test
    void fitRecoversAKnownLinearModel() {
        MacDesign d = MacDesigns.standard("int4xint8");
        MacStream s = MacStream.random(d, 3000, 17);
        RtlSignalToggles t = RtlSignalToggles.of(d, s, 12, 24);
        double[] pj = new double[s.length()];
        for (int i = 0; i < pj.length; i++) {
            double base = d.kind(s.weight()[i]) == MacKind.ZERO ? 0.2 : 0.4;
            pj[i] = base + 0.01 * t.toggles()[0][i] + 0.002 * t.toggles()[1][i] + 0.02 * t.toggles()[2][i]
                    + 0.005 * t.toggles()[3][i];
        }
        ToggleEnergyModel m = ToggleEnergyModel.fit(d, s, t, pj);
        assertEquals(0.2, m.kindPj().get(MacKind.ZERO), 1e-9);
        assertEquals(0.4, m.kindPj().get(MacKind.NORMAL), 1e-9);
        assertEquals(0.02, m.signalPj().get("product"), 1e-9);
        double total = 0;
        for (double v : pj) {
            total += v;
        }
        assertEquals(total, m.predictPj(d, s, t), 1e-6 * total);
    }

    @Test
    void activityFileEnergyIsKindsTimesBasePlusTogglesTimesPerToggle() throws Exception {
        ToggleEnergyModel m = new ToggleEnergyModel(Map.of(MacKind.NORMAL, 0.5, MacKind.SPECIAL, 0.3, MacKind.ZERO, 0.1),
                Map.of("act", 0.01, "weight", 0.02, "product", 0.03, "acc", 0.04));
        Path f = Files.createTempFile("activity", ".tsv");
        Files.writeString(f, String.join("\n", "# dintsim activity v1", "top\tT", "cycles\t10", "rows\t1", "cols\t2",
                "toggles\t0\t0\tact\t8\t100", "toggles\t0\t0\tweight\t4\t10", "toggles\t0\t0\tproduct\t12\t50",
                "toggles\t0\t0\tacc\t24\t70", "macs\t0\t0\t1\t2\t6",
                "toggles\t0\t1\tact\t8\t0", "toggles\t0\t1\tweight\t4\t0", "toggles\t0\t1\tproduct\t12\t0",
                "toggles\t0\t1\tacc\t24\t0", "macs\t0\t1\t3\t0\t0", ""));
        RtlActivityEnergy e = RtlActivityEnergy.estimate(ActivityFile.read(f), m);
        double pe0 = 6 * 0.5 + 2 * 0.3 + 0.1 + 100 * 0.01 + 10 * 0.02 + 50 * 0.03 + 70 * 0.04;
        assertEquals(pe0, e.perPePj()[0], 1e-9);
        assertEquals(0.3, e.perPePj()[1], 1e-9);
        assertEquals(12, e.macs());
        assertEquals(pe0 + 0.3, e.totalPj(), 1e-9);
        Files.delete(f);
        ToggleEnergyModel normalOnly = new ToggleEnergyModel(Map.of(MacKind.NORMAL, 0.5), m.signalPj());
        var err = assertThrows(IllegalArgumentException.class,
                () -> normalOnly.predictPj(new double[] {1, 0, 0}, new long[4], "x"));
        assertTrue(err.getMessage().contains("kind ZERO"), err.getMessage());
    }
}

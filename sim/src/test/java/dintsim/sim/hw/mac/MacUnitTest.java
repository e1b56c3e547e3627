package dintsim.sim.hw.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dintsim.models.mac.MacKind;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.sim.kernel.Clock;
import dintsim.sim.kernel.ClockDomain;
import dintsim.sim.kernel.Clocked;
import dintsim.sim.kernel.SimContext;
import org.junit.jupiter.api.Test;

class MacUnitTest {

    /** Feeds pairs i = 0..n-1 at cycles 0..n-1 and records the accumulator at the start of each cycle. */
    private static long[] run(MacUnit mac, int[] w, int[] a, int cycles) {
        long[] seen = new long[cycles];
        SimContext ctx = new SimContext();
        ClockDomain domain = new ClockDomain(ctx, new Clock(1));
        domain.add(new Clocked() {
            @Override
            public void evaluate(long cycle) {
                seen[(int) cycle] = mac.accumulator();
                if (cycle < w.length) {
                    mac.offer(w[(int) cycle], a[(int) cycle], cycle == 0);
                }
            }

            @Override
            public void commit(long cycle) {
            }
        });
        domain.add(mac);
        domain.start(0, cycles - 1);
        ctx.run();
        return seen;
    }

    @Test
    void pipelineDepthDelaysTheDotProductAndKindsAreCounted() {
        MacDesign d = MacDesigns.standard("dint4xint8");
        ProductTable table = new ProductTable(d);
        int zero = -1;
        int special = -1;
        int normal = -1;
        for (int c = 0; c < 16; c++) {
            if (!d.weightFormat().isValid(c)) {
                continue;
            }
            MacKind k = d.kind(c);
            if (k == MacKind.ZERO) {
                zero = c;
            } else if (k == MacKind.SPECIAL && special < 0) {
                special = c;
            } else if (k == MacKind.NORMAL && normal < 0) {
                normal = c;
            }
        }
        int[] w = {normal, special, zero, normal};
        int[] a = {5, 200, 77, 130};
        long expected = 0;
        for (int i = 0; i < 4; i++) {
            expected += d.product(w[i], a[i]);
        }
        for (int depth = 1; depth <= 3; depth++) {
            MacUnit mac = new MacUnit(table, depth);
            long[] seen = run(mac, w, a, 4 + depth + 1);
            // The last pair enters at cycle 3 and is added at the end of cycle 3 + depth - 1, so
            // it is visible from cycle 3 + depth on, not before.
            assertEquals(expected, seen[3 + depth], "depth " + depth);
            if (depth > 1) {
                assertEquals(expected - d.product(w[3], a[3]), seen[3 + depth - 1], "depth " + depth);
            }
            assertEquals(2, mac.stats().get("ops.normal"));
            assertEquals(1, mac.stats().get("ops.special"));
            assertEquals(1, mac.stats().get("ops.zero"));
            assertEquals(4, mac.stats().derivedValue("ops"));
            assertEquals(4L * (depth - 1), mac.stats().get("reg.pipeline"));
        }
        assertThrows(IllegalArgumentException.class, () -> new MacUnit(table, 0));
    }
}

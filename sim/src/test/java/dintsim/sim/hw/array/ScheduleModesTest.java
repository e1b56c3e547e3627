package dintsim.sim.hw.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.sim.RandomGemms;
import dintsim.traces.LayerTrace;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The no-overlap mode reproduces, from cycle-accurate simulation, SCALE-Sim's closed form per
 * fold (ws 2R+C+T-2, os R+C+T-2) summed over folds; double buffering is never slower and equal
 * when there is one fold.
 */
class ScheduleModesTest {

    @Test
    void noOverlapMatchesClosedFormAndDoubleBufferingIsNeverSlower() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 60; i++) {
            int rows = 1 + random.nextInt(8);
            int cols = 1 + random.nextInt(8);
            int m = 1 + random.nextInt(24);
            int k = 1 + random.nextInt(24);
            int n = 1 + random.nextInt(24);
            LayerTrace t = RandomGemms.trace("dint4xint8", m, k, n, 500 + i);
            for (Dataflow df : Dataflow.all()) {
                ArrayShape no = new ArrayShape(rows, cols, df, false);
                ArrayShape db = new ArrayShape(rows, cols, df, true);
                long simulatedNo = ArrayFidelityTest.cycle(t, no, new int[1][]).cycles();
                long simulatedDb = ArrayFidelityTest.cycle(t, db, new int[1][]).cycles();
                // TIMING.md (and SCALE-Sim) per dataflow: folds x per-fold cycles in no-overlap mode.
                int folds = switch (df.label()) {
                    case "ws" -> ceil(n, cols) * ceil(k, rows);
                    case "is" -> ceil(m, cols) * ceil(k, rows);
                    default -> ceil(m, rows) * ceil(n, cols);
                };
                long perFold = switch (df.label()) {
                    case "ws" -> 2L * rows + cols + m - 2;
                    case "is" -> 2L * rows + cols + n - 2;
                    default -> (long) rows + cols + k - 2;
                };
                String what = rows + "x" + cols + " " + df.label() + " " + m + "x" + k + "x" + n;
                assertEquals(folds * perFold, simulatedNo, what);
                assertTrue(simulatedDb <= simulatedNo, what);
                if (folds == 1) {
                    assertEquals(simulatedNo, simulatedDb, what);
                }
            }
        }
    }

    private static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }
}

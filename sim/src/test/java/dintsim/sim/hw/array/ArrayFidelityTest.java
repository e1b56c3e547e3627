package dintsim.sim.hw.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.golden.GemmResult;
import dintsim.models.golden.GoldenGemm;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.sim.RandomGemms;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import dintsim.traces.LayerTrace;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArrayFidelityTest {

    static ArrayStats cycle(LayerTrace t, ArrayShape shape, int[][] outputs) {
        MacDesign d = t.design();
        FoldSchedule s = new FoldSchedule(shape, new GemmShape(t.m(), t.k(), t.n()));
        ArrayStats stats = new ArrayStats(shape);
        CycleAccurateArray array = CycleAccurateArray.create(new ProductTable(d), s, t.activations(), t.weights(), stats);
        array.run(new SimContext());
        outputs[0] = array.outputs();
        return stats;
    }

    static ArrayStats fast(LayerTrace t, ArrayShape shape) {
        FoldSchedule s = new FoldSchedule(shape, new GemmShape(t.m(), t.k(), t.n()));
        ArrayStats stats = new ArrayStats(shape);
        new FastArray(new ProductTable(t.design()), s, t.weights(), stats).run(new SimContext());
        return stats;
    }

    @Test
    void fastEqualsCycleAccurateOnRandomShapes() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 400; i++) {
            String design = MacDesigns.STANDARD.get(i % 4);
            // Mostly small arrays and shapes (many partial folds), every 8th case a larger one.
            boolean large = i % 8 == 7;
            int rows = 1 + random.nextInt(large ? 24 : 9);
            int cols = 1 + random.nextInt(large ? 24 : 9);
            int m = 1 + random.nextInt(large ? 70 : 20);
            int k = 1 + random.nextInt(large ? 90 : 30);
            int n = 1 + random.nextInt(large ? 70 : 20);
            Dataflow df = Dataflow.all().get(random.nextInt(Dataflow.all().size()));
            boolean overlap = random.nextBoolean();
            ArrayShape shape = new ArrayShape(rows, cols, df, overlap);
            LayerTrace t = RandomGemms.trace(design, m, k, n, 1000 + i);
            int[][] out = new int[1][];
            ArrayStats c = cycle(t, shape, out);
            ArrayStats f = fast(t, shape);
            String what = shape + " " + m + "x" + k + "x" + n + " " + design;
            GemmResult golden = GoldenGemm.multiply(t.design(), t.activations(), t.weights());
            assertArrayEquals(golden.values(), out[0], what);
            assertEquals(new FoldSchedule(shape, new GemmShape(m, k, n)).totalCycles(), c.cycles(), what);
            assertEquals(f.group().counterValues(), c.group().counterValues(), what);
            assertArrayEquals(f.peMacs(), c.peMacs(), what);
            assertTrue(c.sameCounts(f));
            assertEquals((long) m * k * n, c.totalOps(), what);
        }
    }
}

package dintsim.sim.hw.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.mac.AccumulatorOverflowException;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.OverflowPolicy;
import dintsim.sim.RandomGemms;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import dintsim.traces.LayerTrace;
import dintsim.models.golden.GoldenGemm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The vector grid kernel against the scalar one: the same output writes, in the same order, and the same state. */
class VectorKernelTest {
    private static final int LANES = GridLanes.LANES;

    /** Everything one run leaves: every output write (cycle, m, n, value), the outputs, stats and registers. */
    private record Run(List<String> writes, int[] outputs, ArrayStats stats, int[][] registers) {
    }

    private static Run run(MacDesign design, LayerTrace t, ArrayShape shape, GridKernel kernel) {
        FoldSchedule s = new FoldSchedule(shape, new GemmShape(t.m(), t.k(), t.n()));
        ArrayStats stats = new ArrayStats(shape);
        CycleAccurateArray array = CycleAccurateArray.create(new ProductTable(design), s, t.activations(), t.weights(), stats);
        array.setKernel(kernel);
        List<String> writes = new ArrayList<>();
        array.setOutputWriteListener((cycle, m, n, v) -> writes.add(cycle + ":" + m + "," + n + "=" + v));
        array.run(new SimContext());
        return new Run(writes, array.outputs(), stats, array.registers());
    }

    /** Runs both kernels and asserts they agree; returns the scalar run. */
    private static Run assertSameRun(MacDesign design, LayerTrace t, ArrayShape shape) {
        String what = shape + " " + t.m() + "x" + t.k() + "x" + t.n() + " " + design.name() + " " + design.accumulator();
        Run scalar = run(design, t, shape, GridKernel.SCALAR);
        Run vector = run(design, t, shape, GridKernel.VECTOR);
        assertEquals(scalar.writes(), vector.writes(), what);
        assertArrayEquals(scalar.outputs(), vector.outputs(), what);
        assertEquals(scalar.stats().cycles(), vector.stats().cycles(), what);
        assertEquals(scalar.stats().group().counterValues(), vector.stats().group().counterValues(), what);
        assertArrayEquals(scalar.stats().peMacs(), vector.stats().peMacs(), what);
        for (int i = 0; i < scalar.registers().length; i++) {
            assertArrayEquals(scalar.registers()[i], vector.registers()[i], what + ", register array " + i);
        }
        return scalar;
    }

    @Test
    void everyStandardDesignTakesTheVectorKernel() {
        for (String name : MacDesigns.STANDARD) {
            assertTrue(new ProductTable(MacDesigns.standard(name)).separable(), name);
        }
    }

    @Test
    void vectorEqualsScalarWriteForWriteOnRandomGemms() {
        SplittableRandom random = new SplittableRandom(15);
        // Array widths below, at and around one and two vectors, and random ones.
        int[] sides = {1, 3, LANES - 1, LANES, LANES + 1, 2 * LANES, 2 * LANES + 3};
        for (int i = 0; i < 120; i++) {
            String design = MacDesigns.STANDARD.get(i % MacDesigns.STANDARD.size());
            int rows = i % 3 == 0 ? sides[random.nextInt(sides.length)] : 1 + random.nextInt(2 * LANES + 4);
            int cols = i % 3 == 1 ? sides[random.nextInt(sides.length)] : 1 + random.nextInt(2 * LANES + 4);
            int m = 1 + random.nextInt(60);
            int k = 1 + random.nextInt(80);
            int n = 1 + random.nextInt(60);
            Dataflow df = Dataflow.all().get(i % Dataflow.all().size());
            boolean overlap = (i / 3) % 2 == 0;
            LayerTrace t = RandomGemms.trace(design, m, k, n, 500 + i);
            assertSameRun(t.design(), t, new ArrayShape(rows, cols, df, overlap));
        }
    }

    @Test
    void vectorEqualsScalarWhenTheAccumulatorSaturatesOrWraps() {
        for (OverflowPolicy policy : List.of(OverflowPolicy.SATURATE, OverflowPolicy.WRAP)) {
            MacDesign narrow = RandomGemms.narrow("int8xint8", 16, policy);
            for (Dataflow df : Dataflow.all()) {
                for (boolean overlap : new boolean[] {true, false}) {
                    LayerTrace t = RandomGemms.trace("int8xint8", 37, 70, 2 * LANES + 5, 77);
                    Run scalar = assertSameRun(narrow, t, new ArrayShape(LANES + 3, 2 * LANES + 1, df, overlap));
                    int[] exact = GoldenGemm.multiply(t.design(), t.activations(), t.weights()).values();
                    assertFalse(Arrays.equals(exact, scalar.outputs()), "the accumulator overflowed somewhere");
                }
            }
        }
    }

    @Test
    void vectorReportsTheSameFirstOverflowAsScalar() {
        MacDesign narrow = RandomGemms.narrow("int8xint8", 17, OverflowPolicy.ERROR);
        for (Dataflow df : Dataflow.all()) {
            LayerTrace t = RandomGemms.trace("int8xint8", 40, 90, 2 * LANES + 2, 78);
            ArrayShape shape = new ArrayShape(LANES, 2 * LANES + 2, df, true);
            String scalar = assertThrows(AccumulatorOverflowException.class,
                    () -> run(narrow, t, shape, GridKernel.SCALAR)).getMessage();
            String vector = assertThrows(AccumulatorOverflowException.class,
                    () -> run(narrow, t, shape, GridKernel.VECTOR)).getMessage();
            assertEquals(scalar, vector, df.label());
        }
    }
}

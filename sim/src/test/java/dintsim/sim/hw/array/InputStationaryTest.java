package dintsim.sim.hw.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dintsim.models.golden.GoldenGemm;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.MacKind;
import dintsim.sim.RandomGemms;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import dintsim.traces.LayerTrace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Input-stationary, checked independently of its implementation: O = A x W on is must be, write
 * for write, O^T = W^T x A^T on ws (the weights streamed as "activations", the activations held as
 * "weights"), with every output index transposed; its MACs by kind are M x the weight-kind counts;
 * its cycles are SCALE-Sim's F x (2R + C + N - 2) without overlap (ScheduleModesTest).
 */
class InputStationaryTest {

    private static List<String> writes(LayerTrace t, ArrayShape shape, ArrayStats stats, boolean transposed) {
        FoldSchedule s = new FoldSchedule(shape, new GemmShape(t.m(), t.k(), t.n()));
        CycleAccurateArray array = CycleAccurateArray.create(new ProductTable(t.design()), s, t.activations(), t.weights(), stats);
        List<String> out = new ArrayList<>();
        array.setOutputWriteListener((cycle, mi, ni, v) -> out.add(cycle + ":" + (transposed ? ni + "," + mi : mi + "," + ni) + "=" + v));
        array.run(new SimContext());
        Collections.sort(out);
        return out;
    }

    /** The same GEMM transposed: weights as activations, activations as weights, same accumulator. */
    private static LayerTrace transpose(LayerTrace t) {
        MacDesign d = t.design();
        float[] scales = new float[t.m()];
        java.util.Arrays.fill(scales, 1f);
        MacDesign swapped = new MacDesign(d.activationFormat(), d.weightFormat(), d.accumulator());
        assertEquals(swapped.accumulator(), d.accumulator());
        return new LayerTrace(t.layer() + "-transposed", t.weights(), t.activations(), scales, 1f, d.accumulator(), null);
    }

    @Test
    void inputStationaryIsWeightStationaryOnTheTransposedGemm() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 80; i++) {
            String design = MacDesigns.STANDARD.get(i % 4);
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(6);
            LayerTrace t = RandomGemms.trace(design, 1 + random.nextInt(14), 1 + random.nextInt(17), 1 + random.nextInt(14), 700 + i);
            for (boolean overlap : new boolean[] {true, false}) {
                ArrayShape is = new ArrayShape(rows, cols, Dataflow.IS, overlap);
                ArrayStats isStats = new ArrayStats(is);
                List<String> isWrites = writes(t, is, isStats, false);
                ArrayShape ws = new ArrayShape(rows, cols, Dataflow.WS, overlap);
                List<String> wsWrites = writes(transpose(t), ws, new ArrayStats(ws), true);
                String what = is + " " + t.layer() + " " + design;
                assertEquals(wsWrites, isWrites, what);
                assertEquals(new FoldSchedule(is, new GemmShape(t.m(), t.k(), t.n())).totalCycles(), isStats.cycles(), what);

                long[] weightKinds = new long[MacKind.COUNT];
                ProductTable table = new ProductTable(t.design());
                for (byte code : t.weights().codes()) {
                    weightKinds[table.kind(code & 0xFF)]++;
                }
                for (int kind = 0; kind < MacKind.COUNT; kind++) {
                    assertEquals(weightKinds[kind] * t.m(), isStats.ops(kind), what + " kind " + kind);
                }
            }
        }
    }

    @Test
    void inputStationaryOutputsEqualTheGoldenGemm() {
        LayerTrace t = RandomGemms.trace("dint4xint8", 37, 53, 29, 9);
        int[][] out = new int[1][];
        ArrayFidelityTest.cycle(t, new ArrayShape(8, 4, Dataflow.IS, true), out);
        assertArrayEquals(GoldenGemm.multiply(t.design(), t.activations(), t.weights()).values(), out[0]);
    }
}

package dintsim.sim.hw.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dintsim.models.mac.MacKind;
import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.sim.RandomGemms;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import dintsim.traces.LayerTrace;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cycle and event counts derived by hand from TIMING.md on small cases (derivations in comments). */
class HandDerivedTimingTest {

    private static ArrayStats both(LayerTrace t, ArrayShape shape) {
        int[][] out = new int[1][];
        ArrayStats cycle = ArrayFidelityTest.cycle(t, shape, out);
        ArrayStats fast = ArrayFidelityTest.fast(t, shape);
        assertEquals(fast.group().counterValues(), cycle.group().counterValues());
        assertArrayEquals(fast.peMacs(), cycle.peMacs());
        return cycle;
    }

    @Test
    void wsSingleFold() {
        // 2x2 ws, M=3, K=2, N=2: F = ceil(2/2)*ceil(2/2) = 1, T = M = 3.
        // Preload cycles 0..1, b_0 = R = 2; last output at PE(1,1) at b + (T-1) + (R-1) + (C-1) = 2+2+1+1 = 6
        // -> 7 cycles (= 2R + C + T - 2 = 4+2+3-2 = 7, the same in both modes since F = 1).
        LayerTrace t = RandomGemms.trace("int8xint8", 3, 2, 2, 1);
        for (boolean overlap : new boolean[] {true, false}) {
            ArrayStats s = both(t, new ArrayShape(2, 2, Dataflow.WS, overlap));
            assertEquals(7, s.cycles());
            assertEquals(12, s.totalOps());                                // M*K*N
            assertEquals(2 * 2 * 3, s.group().get("reg.activation"));     // ur*C*T
            assertEquals(2 * 2 * 3, s.group().get("reg.psum"));           // R*C*T
            assertEquals(2 * 2 * 2 + 2 * 2, s.group().get("reg.weight")); // R*R*C shifts + R*C switches
            assertEquals(6, s.group().get("sram.input.reads"));           // ur*T
            assertEquals(4, s.group().get("sram.weight.reads"));          // ur*uc
            assertEquals(6, s.group().get("sram.output.writes"));         // uc*T
            assertEquals(0, s.group().get("sram.output.reads"));          // kt = 0 only
            assertEquals(4 * 7 - 12, (long) s.group().derivedValue("idlePeCycles"));
            assertArrayEquals(new long[] {3, 3, 3, 3}, s.peMacs());       // every PE sees T activations
        }
    }

    @Test
    void wsTwoKTiles() {
        // 2x2 ws, M=3, K=4, N=2: KT = 2, NT = 1, F = 2, T = 3.
        // Double-buffered: spacing = max(T, 2R+C-1) = max(3, 5) = 5; b_0 = 2, b_1 = 7;
        // total = b_1 + T + R + C - 2 = 7 + 3 + 2 + 2 - 2 = 12.
        // No-overlap: F * (2R + C + T - 2) = 2 * 7 = 14.
        LayerTrace t = RandomGemms.trace("dint4xint8", 3, 4, 2, 2);
        ArrayStats db = both(t, new ArrayShape(2, 2, Dataflow.WS, true));
        ArrayStats no = both(t, new ArrayShape(2, 2, Dataflow.WS, false));
        assertEquals(12, db.cycles());
        assertEquals(14, no.cycles());
        // The second k-tile reads the first one's partial sums: uc*T = 6 reads; writes 2 * 6.
        assertEquals(6, db.group().get("sram.output.reads"));
        assertEquals(12, db.group().get("sram.output.writes"));
        assertEquals(db.group().counterValues().get("array.reg.weight"), 2L * (2 * 2 * 2 + 2 * 2));
    }

    @Test
    void osFourFoldsWithPartialEdges() {
        // 2x2 os, M=3, K=4, N=3: MT = 2, NT = 2, F = 4, T = K = 4.
        // Double-buffered: b_f = 4f, total = b_3 + T + R + C - 2 = 12 + 4 + 2 + 2 - 2 = 18.
        // No-overlap: F * (R + C + T - 2) = 4 * 6 = 24.
        // Folds (mt,nt) -> (ur,uc): (0,0)->(2,2), (0,1)->(2,1), (1,0)->(1,2), (1,1)->(1,1).
        LayerTrace t = RandomGemms.trace("fp4xint8", 3, 4, 3, 3);
        ArrayStats db = both(t, new ArrayShape(2, 2, Dataflow.OS, true));
        ArrayStats no = both(t, new ArrayShape(2, 2, Dataflow.OS, false));
        assertEquals(18, db.cycles());
        assertEquals(24, no.cycles());
        for (ArrayStats s : new ArrayStats[] {db, no}) {
            assertEquals(36, s.totalOps());
            assertEquals((2 + 2 + 1 + 1) * 2 * 4, s.group().get("reg.activation")); // sum ur*C*T
            assertEquals((2 + 1 + 2 + 1) * 2 * 4, s.group().get("reg.weight"));     // sum uc*R*T
            assertEquals(36, s.group().get("reg.psum"));                             // one per MAC
            assertEquals(6 * 4, s.group().get("sram.input.reads"));                  // sum ur*T
            assertEquals(6 * 4, s.group().get("sram.weight.reads"));                 // sum uc*T
            assertEquals(9, s.group().get("sram.output.writes"));                    // M*N
            // PE(0,0) works in all 4 folds, PE(0,1) when uc = 2 (2 folds), PE(1,0) when ur = 2
            // (2 folds), PE(1,1) only in fold (0,0); T = 4 MACs per fold.
            assertArrayEquals(new long[] {16, 8, 8, 4}, s.peMacs());
        }
    }

    @Test
    void macKindsFollowTheWeightCodes() {
        // dint4xint8, ws 2x2, M = 5, one fold: W (N x K = 2 x 2) = [[zero, special], [normal, normal]].
        // Each weight meets all M = 5 activations: 5 zero, 5 special, 10 normal MACs.
        MacDesign d = MacDesigns.standard("dint4xint8");
        int zero = codeOf(d, MacKind.ZERO);
        int special = codeOf(d, MacKind.SPECIAL);
        int normal = codeOf(d, MacKind.NORMAL);
        CodeMatrix w = new CodeMatrix(d.weightFormat(), 2, 2, new byte[] {(byte) zero, (byte) special, (byte) normal, (byte) normal});
        CodeMatrix a = RandomGemms.matrix(d.activationFormat(), 5, 2, new SplittableRandom(9));
        LayerTrace t = new LayerTrace("kinds", a, w, new float[] {1, 1}, 1, d.accumulator(), null);
        for (Dataflow df : Dataflow.all()) {
            ArrayStats s = both(t, new ArrayShape(2, 2, df, true));
            assertEquals(5, s.ops(MacKind.ZERO), df.label());
            assertEquals(5, s.ops(MacKind.SPECIAL), df.label());
            assertEquals(10, s.ops(MacKind.NORMAL), df.label());
        }
    }

    private static int codeOf(MacDesign d, MacKind kind) {
        for (int c = 0; c < d.weightFormat().codeCount(); c++) {
            if (d.weightFormat().isValid(c) && d.kind(c) == kind) {
                return c;
            }
        }
        throw new AssertionError("no " + kind + " code");
    }

    @Test
    void outputWritesHappenAtTheContractCycles() {
        // ws 2x2, M=3, K=4, N=2, double-buffered: b_0 = 2, b_1 = 7 (see wsTwoKTiles).
        // PE(R-1, c) writes the partial sum of O[m][c] at the end of cycle b + m + (R-1) + c.
        // os 2x2, M=3, K=4, N=3: PE(r, c) writes O[mt*R+r][nt*C+c] at b + (T-1) + r + c, b_f = 4f.
        LayerTrace t = RandomGemms.trace("int4xint8", 3, 4, 3, 8);
        java.util.List<String> ws = writes(RandomGemms.trace("int4xint8", 3, 4, 2, 8), new ArrayShape(2, 2, Dataflow.WS, true));
        java.util.List<String> expectedWs = new java.util.ArrayList<>();
        for (int b : new int[] {2, 7}) {
            for (int m = 0; m < 3; m++) {
                for (int c = 0; c < 2; c++) {
                    expectedWs.add((b + m + 1 + c) + ":" + m + "," + c);
                }
            }
        }
        java.util.Collections.sort(expectedWs);
        assertEquals(expectedWs, ws);
        java.util.List<String> os = writes(t, new ArrayShape(2, 2, Dataflow.OS, true));
        java.util.List<String> expectedOs = new java.util.ArrayList<>();
        int f = 0;
        for (int mt = 0; mt < 2; mt++) {
            for (int nt = 0; nt < 2; nt++, f++) {
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 2; c++) {
                        if (mt * 2 + r < 3 && nt * 2 + c < 3) {
                            expectedOs.add((4 * f + 3 + r + c) + ":" + (mt * 2 + r) + "," + (nt * 2 + c));
                        }
                    }
                }
            }
        }
        java.util.Collections.sort(expectedOs);
        assertEquals(expectedOs, os);
    }

    private static java.util.List<String> writes(LayerTrace t, ArrayShape shape) {
        FoldSchedule s = new FoldSchedule(shape, new GemmShape(t.m(), t.k(), t.n()));
        CycleAccurateArray array = CycleAccurateArray.create(new ProductTable(t.design()), s, t.activations(), t.weights(),
                new ArrayStats(shape));
        java.util.List<String> log = new java.util.ArrayList<>();
        array.setOutputWriteListener((cycle, m, n, value) -> log.add(cycle + ":" + m + "," + n));
        array.run(new SimContext());
        java.util.Collections.sort(log);
        return log;
    }

    @Test
    void fastModeRunsOneEventPerFold() {
        // ws 4x4 on M=7, K=9, N=6: F = ceil(6/4) * ceil(9/4) = 2 * 3 = 6 fold events.
        LayerTrace t = RandomGemms.trace("int4xint8", 7, 9, 6, 4);
        ArrayShape shape = new ArrayShape(4, 4, Dataflow.WS, true);
        FoldSchedule s = new FoldSchedule(shape, new GemmShape(7, 9, 6));
        SimContext ctx = new SimContext();
        new FastArray(new ProductTable(t.design()), s, t.weights(), new ArrayStats(shape)).run(ctx);
        assertEquals(6, ctx.processedEvents());
        assertEquals(s.start(5), ctx.now());
    }
}

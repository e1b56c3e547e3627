package dintsim.sim.hw.pe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dintsim.models.golden.GoldenGemm;
import dintsim.models.mac.MacDesigns;
import dintsim.sim.RandomGemms;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.ArrayStats;
import dintsim.sim.hw.array.CycleAccurateArray;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import dintsim.models.mac.MacKind;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import dintsim.traces.LayerTrace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A grid of PE objects (explicit registers, RTL port names), driven at its edges straight from
 * the TIMING.md equations, against the primitive-array cycle-accurate model: the same output
 * writes (cycle, index, value), the same MACs by kind, the golden outputs.
 */
class PeGridReferenceTest {

    /** Fold whose stream is at position x of PE(0,0), or -1. */
    private static int foldAt(FoldSchedule s, long x) {
        for (int f = 0; f < s.folds(); f++) {
            if (x >= s.base(f) && x < s.base(f) + s.streamLength()) {
                return f;
            }
        }
        return -1;
    }

    private static List<String> referenceWs(LayerTrace t, FoldSchedule s, ProductTable table, long[] kinds, int[] out) {
        int rows = s.array().rows();
        int cols = s.array().cols();
        int m = t.m();
        int k = t.k();
        int n = t.n();
        WsPe[][] pe = new WsPe[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                pe[r][c] = new WsPe(table);
            }
        }
        List<String> writes = new ArrayList<>();
        for (long t0 = 0; t0 < s.totalCycles(); t0++) {
            int g = -1;
            for (int f = 0; f < s.folds(); f++) {
                if (t0 >= s.preloadStart(f) && t0 < s.preloadStart(f) + rows) {
                    g = f;
                }
            }
            for (int r = rows - 1; r >= 0; r--) {
                for (int c = cols - 1; c >= 0; c--) {
                    ActPort act;
                    if (c > 0) {
                        act = pe[r][c - 1].actOut();
                    } else {
                        int f = foldAt(s, t0 - r);
                        if (f < 0) {
                            act = ActPort.IDLE;
                        } else {
                            int mi = (int) (t0 - r - s.base(f));
                            int ki = s.rowTile(f) * rows + r;
                            act = new ActPort(ki < k ? t.activations().code(mi, ki) : 0, ki < k, true, mi == 0, false);
                        }
                    }
                    WeightPort weight = WeightPort.IDLE;
                    if (r > 0) {
                        weight = pe[r - 1][c].weightOut();
                    } else if (g >= 0) {
                        int ki = s.rowTile(g) * rows + (rows - 1 - (int) (t0 - s.preloadStart(g)));
                        int ni = s.colTile(g) * cols + c;
                        weight = ki < k && ni < n ? new WeightPort(t.weights().code(ni, ki), true) : WeightPort.IDLE;
                    }
                    PsumPort psum;
                    if (r > 0) {
                        psum = pe[r - 1][c].psumOut();
                    } else {
                        int f = foldAt(s, t0 - c);
                        int ni = f < 0 ? n : s.colTile(f) * cols + c;
                        psum = f >= 0 && s.rowTile(f) > 0 && ni < n
                                ? new PsumPort(out[(int) (t0 - c - s.base(f)) * n + ni], true) : new PsumPort(0, f >= 0);
                    }
                    pe[r][c].drive(act, weight, g >= 0, psum);
                }
            }
            for (WsPe[] row : pe) {
                for (WsPe p : row) {
                    p.evaluate(t0);
                }
            }
            for (WsPe[] row : pe) {
                for (WsPe p : row) {
                    p.commit(t0);
                }
            }
            for (int c = 0; c < cols; c++) {
                if (pe[rows - 1][c].actOut().beat()) {
                    long x = t0 - (rows - 1) - c;
                    int f = foldAt(s, x);
                    int ni = s.colTile(f) * cols + c;
                    if (ni < n) {
                        int mi = (int) (x - s.base(f));
                        int v = pe[rows - 1][c].psumOut().value();
                        out[mi * n + ni] = v;
                        writes.add(t0 + ":" + mi + "," + ni + "=" + v);
                    }
                }
            }
        }
        for (WsPe[] row : pe) {
            for (WsPe p : row) {
                for (int kind = 0; kind < MacKind.COUNT; kind++) {
                    kinds[kind] += p.macs(kind);
                }
            }
        }
        Collections.sort(writes);
        assertEquals(m * n * s.rowTiles(), writes.size());
        return writes;
    }

    private static List<String> referenceOs(LayerTrace t, FoldSchedule s, ProductTable table, long[] kinds, int[] out) {
        int rows = s.array().rows();
        int cols = s.array().cols();
        int m = t.m();
        int n = t.n();
        int last = s.streamLength() - 1;
        OsPe[][] pe = new OsPe[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                pe[r][c] = new OsPe(table);
            }
        }
        List<String> writes = new ArrayList<>();
        for (long t0 = 0; t0 < s.totalCycles(); t0++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    ActPort act;
                    if (c > 0) {
                        act = pe[r][c - 1].actOut();
                    } else {
                        int f = foldAt(s, t0 - r);
                        if (f < 0) {
                            act = ActPort.IDLE;
                        } else {
                            int ki = (int) (t0 - r - s.base(f));
                            int mi = s.rowTile(f) * rows + r;
                            act = new ActPort(mi < m ? t.activations().code(mi, ki) : 0, mi < m, true, ki == 0, ki == last);
                        }
                    }
                    WeightPort weight;
                    if (r > 0) {
                        weight = pe[r - 1][c].weightOut();
                    } else {
                        int f = foldAt(s, t0 - c);
                        int ni = f < 0 ? n : s.colTile(f) * cols + c;
                        weight = ni < n ? new WeightPort(t.weights().code(ni, (int) (t0 - c - s.base(f))), true) : WeightPort.IDLE;
                    }
                    pe[r][c].drive(act, weight);
                }
            }
            for (OsPe[] row : pe) {
                for (OsPe p : row) {
                    p.evaluate(t0);
                }
            }
            for (OsPe[] row : pe) {
                for (OsPe p : row) {
                    p.commit(t0);
                }
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (pe[r][c].out().valid()) {
                        int f = foldAt(s, t0 - r - c);
                        int mi = s.rowTile(f) * rows + r;
                        int ni = s.colTile(f) * cols + c;
                        if (mi < m && ni < n) {
                            out[mi * n + ni] = pe[r][c].out().value();
                            writes.add(t0 + ":" + mi + "," + ni + "=" + out[mi * n + ni]);
                        }
                    }
                }
            }
        }
        for (OsPe[] row : pe) {
            for (OsPe p : row) {
                for (int kind = 0; kind < MacKind.COUNT; kind++) {
                    kinds[kind] += p.macs(kind);
                }
            }
        }
        Collections.sort(writes);
        assertEquals(m * n, writes.size());
        return writes;
    }

    @Test
    void peObjectGridMatchesThePrimitiveArrayCycleForCycle() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 40; i++) {
            String design = MacDesigns.STANDARD.get(i % 4);
            int rows = 1 + random.nextInt(5);
            int cols = 1 + random.nextInt(5);
            LayerTrace t = RandomGemms.trace(design, 1 + random.nextInt(9), 1 + random.nextInt(13), 1 + random.nextInt(9), 300 + i);
            // is runs on the same stationary kernel as ws; InputStationaryTest checks it against ws.
            for (Dataflow df : java.util.List.of(Dataflow.WS, Dataflow.OS)) {
                for (boolean overlap : new boolean[] {true, false}) {
                    ArrayShape shape = new ArrayShape(rows, cols, df, overlap);
                    FoldSchedule s = new FoldSchedule(shape, new GemmShape(t.m(), t.k(), t.n()));
                    ProductTable table = new ProductTable(t.design());
                    long[] refKinds = new long[MacKind.COUNT];
                    int[] refOut = new int[t.m() * t.n()];
                    List<String> ref = df == Dataflow.WS ? referenceWs(t, s, table, refKinds, refOut)
                            : referenceOs(t, s, table, refKinds, refOut);
                    ArrayStats stats = new ArrayStats(shape);
                    CycleAccurateArray array = CycleAccurateArray.create(table, s, t.activations(), t.weights(), stats);
                    List<String> fast = new ArrayList<>();
                    array.setOutputWriteListener((cycle, mi, ni, v) -> fast.add(cycle + ":" + mi + "," + ni + "=" + v));
                    array.run(new SimContext());
                    Collections.sort(fast);
                    String what = shape + " " + t.layer();
                    assertEquals(ref, fast, what);
                    for (int kind = 0; kind < MacKind.COUNT; kind++) {
                        assertEquals(refKinds[kind], stats.ops(kind), what);
                    }
                    assertArrayEquals(GoldenGemm.multiply(t.design(), t.activations(), t.weights()).values(), refOut, what);
                }
            }
        }
    }
}

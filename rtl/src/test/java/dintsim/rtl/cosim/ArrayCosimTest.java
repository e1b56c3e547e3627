package dintsim.rtl.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.OverflowPolicy;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.verilator.ActivityFile;
import dintsim.sim.hw.array.Dataflow;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RTL arrays vs the golden GEMM, the Java cycle-accurate simulator and TIMING.md's closed form:
 * equal values, overflow flags, cycle counts and MAC kinds per PE.
 */
@Tag("verilator")
class ArrayCosimTest {
    @TempDir
    static Path work;

    static CosimReport check(MacDesign design, ArrayConfig config, CodeMatrix a, CodeMatrix w, boolean activity) {
        Path act = activity ? work.resolve("act-" + System.nanoTime() + ".tsv") : null;
        CosimReport r = ArrayCosim.run(design, config, a, w, work, act);
        System.out.println(r.summary());
        assertTrue(r.passed(), r.summary());
        return r;
    }

    static CodeMatrix random(NumberFormat f, int rows, int cols, SplittableRandom rnd) {
        return CodeMatrix.random(f, rows, cols, rnd);
    }

    /**
     * TIMING.md's closed forms, written here independently of FoldSchedule: no-overlap F x span;
     * double-buffered (F - 1) x spacing + span, with spacing max(T, 2R + C - 1) for the stationary
     * dataflows (ws, is) and T for os.
     */
    static long closedForm(Dataflow df, ArrayConfig config, int m, int k, int n) {
        int r = config.rows();
        int c = config.cols();
        long rowTiles;
        long colTiles;
        long t;
        long span;
        long spacing;
        switch (df.label()) {
            case "ws", "is" -> {
                boolean ws = df.label().equals("ws");
                rowTiles = ceilDiv(k, r);
                colTiles = ceilDiv(ws ? n : m, c);
                t = ws ? m : n;
                span = 2L * r + c + t - 2;
                spacing = Math.max(t, 2L * r + c - 1);
            }
            case "os" -> {
                rowTiles = ceilDiv(m, r);
                colTiles = ceilDiv(n, c);
                t = k;
                span = (long) r + c + t - 2;
                spacing = t;
            }
            default -> throw new AssertionError("no closed form in this test for dataflow " + df.label());
        }
        long folds = rowTiles * colTiles;
        return config.doubleBuffered() ? (folds - 1) * spacing + span : folds * span;
    }

    private static long ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** Co-simulates and also demands the closed form; counts the GEMMs per configuration. */
    static CosimReport checkClosed(MacDesign design, ArrayConfig config, CodeMatrix a, CodeMatrix w, boolean activity) {
        CosimReport r = check(design, config, a, w, activity);
        assertEquals(closedForm(config.dataflow(), config, a.rows(), a.cols(), w.rows()), r.rtlCycles(), r.summary());
        GEMMS.merge(config.tag(), 1, Integer::sum);
        return r;
    }

    /** GEMMs co-simulated per array tag, printed at the end (RTL.md quotes the totals). */
    static final java.util.Map<String, Integer> GEMMS = new java.util.concurrent.ConcurrentSkipListMap<>();

    @org.junit.jupiter.api.AfterAll
    static void printCounts() {
        System.out.println("co-simulated GEMMs per array: " + GEMMS + ", total "
                + GEMMS.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Every dataflow on 4x4, 8x8 and 16x16 in both modes: the dint4xint8 sample traces plus random
     * shapes that leave partial folds on every side (sizes not multiples of the array side).
     */
    @Test
    void sampleTracesAndRandomShapesOnSquareArraysEveryDataflowBothModes() {
        List<LayerTrace> dint = SampleTraces.standard().stream().filter(t -> t.design().name().equals("dint4xint8")).toList();
        assertEquals(SampleTraces.SHAPES.size(), dint.size());
        MacDesign d = MacDesigns.standard("dint4xint8");
        for (int side : new int[] {4, 8, 16}) {
            for (Dataflow df : Dataflow.all()) {
                for (boolean db : new boolean[] {true, false}) {
                    ArrayConfig config = new ArrayConfig(side, side, df, db, true);
                    for (LayerTrace t : dint) {
                        checkClosed(t.design(), config, t.activations(), t.weights(), true);
                    }
                    SplittableRandom rnd = new SplittableRandom(side * 31L + (db ? 1 : 0));
                    for (int i = 0; i < 2; i++) {
                        int m = 1 + rnd.nextInt(2 * side + 3);
                        int k = 1 + rnd.nextInt(2 * side + 3);
                        int n = 1 + rnd.nextInt(2 * side + 3);
                        checkClosed(d, config, random(d.activationFormat(), m, k, rnd), random(d.weightFormat(), n, k, rnd), true);
                    }
                }
            }
        }
    }

    @Test
    void everyStandardDesignOnSampleTraces() {
        for (LayerTrace t : SampleTraces.standard()) {
            if (t.design().name().equals("dint4xint8")) {
                continue; // covered above
            }
            for (Dataflow df : Dataflow.all()) {
                checkClosed(t.design(), new ArrayConfig(4, 4, df, true, true), t.activations(), t.weights(), true);
            }
        }
    }

    @Test
    void randomShapesBothModes() {
        SplittableRandom rnd = new SplittableRandom(7);
        MacDesign d = MacDesigns.standard("dint4xint8");
        for (Dataflow df : Dataflow.all()) {
            for (boolean db : new boolean[] {true, false}) {
                ArrayConfig config = new ArrayConfig(4, 4, df, db, true);
                for (int i = 0; i < 6; i++) {
                    int m = 1 + rnd.nextInt(i < 3 ? 6 : 40);
                    int k = 1 + rnd.nextInt(i < 3 ? 6 : 40);
                    int n = 1 + rnd.nextInt(i < 3 ? 6 : 40);
                    checkClosed(d, config, random(d.activationFormat(), m, k, rnd), random(d.weightFormat(), n, k, rnd), true);
                }
            }
        }
    }

    @Test
    void narrowAccumulatorsSaturateAndWrapAcrossTiles() {
        Formats f = new Formats();
        SplittableRandom rnd = new SplittableRandom(11);
        MacDesign sat = MacDesigns.parse("int8xint8", f, new AccumulatorSpec(16, 0, OverflowPolicy.SATURATE));
        MacDesign wrap = MacDesigns.parse("dint4xint8", f, new AccumulatorSpec(12, 1, OverflowPolicy.WRAP));
        for (MacDesign d : List.of(sat, wrap)) {
            for (Dataflow df : Dataflow.all()) {
                CosimReport r = checkClosed(d, new ArrayConfig(4, 4, df, true, false), random(d.activationFormat(), 9, 37, rnd),
                        random(d.weightFormat(), 7, 37, rnd), false);
                assertTrue(r.overflowedOutputs() > 0, "the narrow accumulator must overflow: " + r.summary());
            }
        }
    }

    @Test
    void errorPolicyOverflowIsFlaggedByTheRtl() {
        Formats f = new Formats();
        MacDesign err = MacDesigns.parse("int4xint8", f, new AccumulatorSpec(10, 0, OverflowPolicy.ERROR));
        NumberFormat a = err.activationFormat();
        NumberFormat w = err.weightFormat();
        // 127 * 7 = 889 per step: the second step leaves the 10-bit range [-512, 511].
        byte[] ac = new byte[] {127, 127, 127};
        byte[] wc = new byte[] {7, 7, 7};
        for (Dataflow df : Dataflow.all()) {
            CosimReport r = checkClosed(err, new ArrayConfig(2, 2, df, true, false), new CodeMatrix(a, 1, 3, ac),
                    new CodeMatrix(w, 1, 3, wc), false);
            assertEquals(1, r.overflowedOutputs(), r.summary());
        }
    }

    @Test
    void activityFileCountsEveryMac() {
        MacDesign d = MacDesigns.standard("dint4xint8");
        SplittableRandom rnd = new SplittableRandom(3);
        CodeMatrix a = random(d.activationFormat(), 10, 9, rnd);
        CodeMatrix w = random(d.weightFormat(), 6, 9, rnd);
        for (Dataflow df : Dataflow.all()) {
            Path act = work.resolve("activity-check-" + df.label() + ".tsv");
            CosimReport r = ArrayCosim.run(d, new ArrayConfig(4, 4, df, true, true), a, w, work, act);
            assertTrue(r.passed(), r.summary());
            ActivityFile file = ActivityFile.read(act);
            long total = 0;
            for (long k : file.macTotals()) {
                total += k;
            }
            assertEquals(10L * 9 * 6, total, df.label() + ": one MAC per (m, k, n)");
            assertEquals(r.rtlCycles(), file.cycles());
            assertTrue(file.toggles(0, 0, "act") > 0, df.label());
            assertTrue(file.toggles(0, 0, "weight") > 0, df.label());
            assertFalse(file.signals().isEmpty());
        }
    }
}

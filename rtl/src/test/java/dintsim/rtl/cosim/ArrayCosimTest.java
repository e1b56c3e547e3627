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

    @Test
    void sampleTracesOnSquareArraysBothDataflows() {
        List<LayerTrace> dint = SampleTraces.standard().stream().filter(t -> t.design().name().equals("dint4xint8")).toList();
        assertEquals(SampleTraces.SHAPES.size(), dint.size());
        for (int side : new int[] {4, 8, 16}) {
            for (Dataflow df : java.util.List.of(Dataflow.WS, Dataflow.OS)) {
                ArrayConfig config = new ArrayConfig(side, side, df, true, true);
                for (LayerTrace t : dint) {
                    check(t.design(), config, t.activations(), t.weights(), true);
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
            for (Dataflow df : java.util.List.of(Dataflow.WS, Dataflow.OS)) {
                check(t.design(), new ArrayConfig(4, 4, df, true, true), t.activations(), t.weights(), true);
            }
        }
    }

    @Test
    void randomShapesBothModes() {
        SplittableRandom rnd = new SplittableRandom(7);
        MacDesign d = MacDesigns.standard("dint4xint8");
        for (Dataflow df : java.util.List.of(Dataflow.WS, Dataflow.OS)) {
            for (boolean db : new boolean[] {true, false}) {
                ArrayConfig config = new ArrayConfig(4, 4, df, db, true);
                for (int i = 0; i < 6; i++) {
                    int m = 1 + rnd.nextInt(i < 3 ? 6 : 40);
                    int k = 1 + rnd.nextInt(i < 3 ? 6 : 40);
                    int n = 1 + rnd.nextInt(i < 3 ? 6 : 40);
                    check(d, config, random(d.activationFormat(), m, k, rnd), random(d.weightFormat(), n, k, rnd), true);
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
            for (Dataflow df : java.util.List.of(Dataflow.WS, Dataflow.OS)) {
                CosimReport r = check(d, new ArrayConfig(4, 4, df, true, false), random(d.activationFormat(), 9, 37, rnd),
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
        CosimReport r = ArrayCosim.run(err, new ArrayConfig(2, 2, Dataflow.WS, true, false), new CodeMatrix(a, 1, 3, ac),
                new CodeMatrix(w, 1, 3, wc), work, null);
        System.out.println(r.summary());
        assertTrue(r.passed(), r.summary());
        assertEquals(r.goldenCycles(), r.rtlCycles());
    }

    @Test
    void activityFileCountsEveryMac() {
        MacDesign d = MacDesigns.standard("dint4xint8");
        SplittableRandom rnd = new SplittableRandom(3);
        Path act = work.resolve("activity-check.tsv");
        CodeMatrix a = random(d.activationFormat(), 10, 9, rnd);
        CodeMatrix w = random(d.weightFormat(), 6, 9, rnd);
        CosimReport r = ArrayCosim.run(d, new ArrayConfig(4, 4, Dataflow.OS, true, true), a, w, work, act);
        assertTrue(r.passed(), r.summary());
        ActivityFile file = ActivityFile.read(act);
        long total = 0;
        for (long k : file.macTotals()) {
            total += k;
        }
        assertEquals(10L * 9 * 6, total, "one MAC per (m, k, n)");
        assertEquals(r.rtlCycles(), file.cycles());
        assertTrue(file.toggles(0, 0, "act") > 0);
        assertFalse(file.signals().isEmpty());
    }
}

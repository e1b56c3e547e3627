package dintsim.rtl.bench;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.param.Dimensions;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.verilator.ArrayResult;
import dintsim.rtl.verilator.ArrayRtl;
import dintsim.sim.hw.array.ArrayStats;
import dintsim.sim.hw.array.CycleAccurateArray;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.GemmShape;
import dintsim.sim.hw.array.GridKernel;
import dintsim.sim.hw.mac.ProductTable;
import dintsim.sim.kernel.SimContext;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints the replay speed (PE-cycles per second) of the Verilated RTL (C++ testbench, with and
 * without activity counting) beside the Java simulator's cycle-accurate mode, on the same GEMM
 * and array. Args: [design] [RxC] [MxKxN] [seed]; defaults dint4xint8 32x32 256x512x256 1. Java runs
 * both grid kernels ({@link GridKernel}); the vector kernel's row says how many times faster than
 * the bare Verilated array it is on the same trace in the same run.
 * Run from the repository root: {@code mvn -o -q -pl rtl -am install -DskipTests && mvn -o -q -pl rtl
 * org.codehaus.mojo:exec-maven-plugin:3.5.0:exec@replay-benchmark -Dbenchmark.args="dint4xint8 16x16 256x512x256 1"}.
 */
public final class ReplaySpeedBenchmark {
    private ReplaySpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        MacDesign design = MacDesigns.standard(args.length > 0 ? args[0] : "dint4xint8");
        int[] rc = Dimensions.parse(args.length > 1 ? args[1] : "32x32", "RxC", "array");
        int[] s = Dimensions.parse(args.length > 2 ? args[2] : "256x512x256", "MxKxN", "GEMM");
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        LayerTrace layer = SampleTraces.uniform(design, s[0], s[1], s[2], seed);
        CodeMatrix a = layer.activations();
        CodeMatrix w = layer.weights();
        Path work = Files.createTempDirectory("dintsim-replay-bench");
        System.out.printf(Locale.ROOT, "design %s, array %dx%d, GEMM M=%d K=%d N=%d, seed %d%n", design.name(), rc[0], rc[1],
                s[0], s[1], s[2], seed);
        System.out.printf(Locale.ROOT, "%-4s %-28s %12s %10s %14s%n", "df", "engine", "cycles", "seconds", "PE-cycles/s");
        System.out.println("(one thread each; best of runs; the vector kernel's speed-up over the bare Verilated array is on its row)");
        for (Dataflow df : Dataflow.all()) {
            ArrayConfig plain = new ArrayConfig(rc[0], rc[1], df, true, false);
            ArrayConfig probed = new ArrayConfig(rc[0], rc[1], df, true, true);
            long pes = (long) rc[0] * rc[1];
            JavaRun scalar = javaRun(design, plain, a, w, s, GridKernel.SCALAR);
            JavaRun vector = javaRun(design, plain, a, w, s, GridKernel.VECTOR);
            if (scalar.cycles() != vector.cycles() || !Arrays.equals(scalar.outputs(), vector.outputs())) {
                throw new IllegalStateException("scalar and vector kernels disagree on " + df.label());
            }
            long cycles = vector.cycles();
            int[] javaOut = vector.outputs();
            row(df, "java cycle-accurate, scalar", cycles, scalar.seconds(), pes, "");
            double bareRtl = Double.NaN;
            for (ArrayConfig config : new ArrayConfig[] {plain, probed}) {
                ArrayRtl rtl = ArrayRtl.of(design, config, work);
                ArrayResult r = null;
                double rtlBest = Double.MAX_VALUE;
                for (int i = 0; i < 2; i++) {
                    r = rtl.run(a, w, work, config.probes() ? work.resolve("activity.tsv") : null);
                    rtlBest = Math.min(rtlBest, r.seconds());
                }
                if (r.cycles() != cycles || !Arrays.equals(r.values(), javaOut)) {
                    throw new IllegalStateException("RTL and Java simulator disagree on " + df.label() + ": cycles " + r.cycles()
                            + " vs " + cycles);
                }
                row(df, config.probes() ? "verilator + activity" : "verilator", r.cycles(), rtlBest, pes, "");
                if (!config.probes()) {
                    bareRtl = rtlBest;
                }
            }
            row(df, "java cycle-accurate, vector", cycles, vector.seconds(), pes, String.format(Locale.ROOT,
                    "%.2fx verilator, %.2fx scalar (load %.2f)", bareRtl / vector.seconds(), scalar.seconds() / vector.seconds(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        }
    }

    /** The best of three Java runs after one warm-up. */
    private record JavaRun(double seconds, long cycles, int[] outputs) {
    }

    private static JavaRun javaRun(MacDesign design, ArrayConfig config, CodeMatrix a, CodeMatrix w, int[] s, GridKernel kernel) {
        double best = Double.MAX_VALUE;
        long cycles = 0;
        int[] out = null;
        for (int i = 0; i < 4; i++) {
            FoldSchedule sched = new FoldSchedule(config.shape(), new GemmShape(s[0], s[1], s[2]));
            ArrayStats stats = new ArrayStats(config.shape());
            CycleAccurateArray arr = CycleAccurateArray.create(new ProductTable(design), sched, a, w, stats);
            arr.setKernel(kernel);
            long t0 = System.nanoTime();
            arr.run(new SimContext());
            double secs = (System.nanoTime() - t0) / 1e9;
            if (i > 0) {
                best = Math.min(best, secs);
            }
            cycles = stats.cycles();
            out = arr.outputs();
        }
        return new JavaRun(best, cycles, out);
    }

    private static void row(Dataflow df, String engine, long cycles, double secs, long pes, String note) {
        System.out.printf(Locale.ROOT, "%-4s %-28s %12d %10.3f %14.3e  %s%n", df.label(), engine, cycles, secs, pes * cycles / secs,
                note);
    }
}

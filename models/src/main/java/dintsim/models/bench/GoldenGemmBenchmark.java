package dintsim.models.bench;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.golden.GemmResult;
import dintsim.models.golden.GoldenGemm;
import dintsim.models.golden.IntGemm;
import dintsim.models.golden.VectorIntGemm;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import jdk.incubator.vector.ShortVector;

/**
 * Prints golden GEMM throughput on this host: end to end (codes in, {@link GoldenGemm#multiply}
 * out, including decoding and packing) and for the bare {@link VectorIntGemm} kernel on fixed values,
 * next to Java's measured vector multiply-add peak and a cited native figure; for the small
 * shape also the plain loop (the golden GEMM before the vector kernel) as a baseline. Every
 * result is checked against the scalar product rule before its figure is printed.
 *
 * <p>Run: {@code mvn -o -q -pl models compile exec:exec} (the models pom forks a JVM with
 * {@code --add-modules jdk.incubator.vector}); {@code -Dbenchmark.args=quick} measures the small
 * shape only. The host may be shared: each figure comes with the CPU the process really got.
 */
public final class GoldenGemmBenchmark {
    /** Cited, not measured here: hand-written AVX2 C, exact signed 8-bit x 4-bit dot products, per core. */
    private static final double CITED_NATIVE_GMACS_PER_CORE = 58.0;
    private static final long SEED = 20_231_105L;
    private static final int SPOT_CHECKS = 256;

    private GoldenGemmBenchmark() {
    }

    private record Peaks(double javaShort, double javaShortPerCpu, double nativeCited) {
    }

    public static void main(String[] args) {
        boolean quick = Arrays.asList(args).contains("quick") || Arrays.asList(args).contains("--quick");
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "host: %d cores, Java %s, vector %d bits (%s), load average %.2f%n", cores,
                System.getProperty("java.version"), ShortVector.SPECIES_PREFERRED.vectorBitSize(),
                ShortVector.SPECIES_PREFERRED, Load.average());
        System.out.println("rates: best run (wall clock); per CPU-second: over all runs, the process's MACs per "
                + "second of CPU it really got (the host may be shared)");

        // GEMMs before the peak loops: with the peak loops (the same Vector API code on other vector
        // classes) first, C2 compiled the kernel with boxed vectors in 1 run of 4 to 6 here; with the
        // GEMMs first it did not in 16 runs.
        List<Shape> shapes = new ArrayList<>(List.of(new Shape("dint4xint8", 512, 768, 768, 40, true),
                new Shape("int8xint8", 512, 768, 768, 10, false)));
        if (!quick) {
            shapes.add(new Shape("dint4xint8", 2048, 4096, 4096, 3, false));
            shapes.add(new Shape("int8xint8", 2048, 4096, 4096, 1, false));
        }
        List<Measurement> measurements = new ArrayList<>();
        for (Shape shape : shapes) {
            measurements.add(measure(shape));
        }

        VectorPeak.Measured shortPeak = VectorPeak.shortPeak(cores, 20, 10_000_000L);
        VectorPeak.Measured intPeak = VectorPeak.intPeak(cores, 20, 10_000_000L);
        double nativePeak = CITED_NATIVE_GMACS_PER_CORE * 1e9 * cores;
        printPeak("16-bit", shortPeak, cores);
        printPeak("32-bit", intPeak, cores);
        System.out.printf(Locale.ROOT, "native peak (CITED, not measured here: hand-written AVX2 C, %.0f GMAC/s per core x %d"
                + " cores): %.0f GMAC/s%n%n", CITED_NATIVE_GMACS_PER_CORE, cores, nativePeak / 1e9);
        if (shortPeak.timing().coresUsed() < 0.9 * cores) {
            System.out.printf(Locale.ROOT, "NOTE: this process got only %.2f of %d cores during the peak runs: other load "
                    + "limits the wall-clock rates, so compare the per-CPU-second figures.%n%n",
                    shortPeak.timing().coresUsed(), cores);
        }
        Peaks peaks = new Peaks(shortPeak.bestRate(), shortPeak.ratePerCpuSecond(), nativePeak);
        for (Measurement measurement : measurements) {
            measurement.print(peaks);
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.2f%n", Load.average());
    }

    /** One GEMM to measure: design, shape, runs, and whether to time the plain-loop baseline too. */
    private record Shape(String design, int m, int k, int n, int runs, boolean withPlain) {
        double macs() {
            return (double) m * k * n;
        }
    }

    /** The timings of one shape; printed once the peaks are known. */
    private record Measurement(Shape shape, String path, Timing endToEnd, Timing kernel, Timing plain) {
        void print(Peaks peaks) {
            System.out.printf(Locale.ROOT, "%s  M x K x N = %d x %d x %d  (%.2f GMAC per run, %d runs, %d outputs "
                    + "checked against the scalar product rule)%n", shape.design(), shape.m(), shape.k(), shape.n(),
                    shape.macs() / 1e9, shape.runs(), SPOT_CHECKS);
            report("end to end (GoldenGemm.multiply, " + path + ")", endToEnd, shape.macs(), peaks);
            report("kernel     (VectorIntGemm.multiply)", kernel, shape.macs(), peaks);
            if (plain != null) { // the baseline: the plain loop the golden GEMM used before the vector kernel
                report("baseline   (IntGemm.multiplyPlain)", plain, shape.macs(), peaks);
            }
            System.out.println();
        }
    }

    private static void printPeak(String lanes, VectorPeak.Measured peak, int cores) {
        System.out.printf(Locale.ROOT, "Java vector peak (measured: register-resident %s-lane mul+add, %d threads): "
                + "%.1f GMAC/s; %.1f GMAC per CPU-second (CPU %.2f of %d cores)%n", lanes, cores,
                peak.bestRate() / 1e9, peak.ratePerCpuSecond() / 1e9, peak.timing().coresUsed(), cores);
    }

    private static Measurement measure(Shape shape) {
        MacDesign design = MacDesigns.standard(shape.design());
        int m = shape.m();
        int k = shape.k();
        int n = shape.n();
        CodeMatrix a = CodeMatrix.random(design.activationFormat(), m, k, new SplittableRandom(SEED));
        CodeMatrix w = CodeMatrix.random(design.weightFormat(), n, k, new SplittableRandom(SEED + 1));

        byte[] af = a.fixedValues();
        byte[] wf = w.fixedValues();
        int[] out = new int[m * n];
        // Warm up: enough vector work for C2 to compile the kernel (IntGemm then calls it for any size).
        for (double done = 0; done < 1e9; done += shape.macs()) {
            VectorIntGemm.multiply(af, wf, m, k, n, out);
        }
        GemmResult result = GoldenGemm.multiply(design, a, w);
        spotCheck(design, a, w, result);
        String path = IntGemm.choosesVector(m, k, n) ? "vector path" : "plain path";
        Timing endToEnd = Timing.repeat(shape.runs(), () -> GoldenGemm.multiply(design, a, w));
        Timing kernel = Timing.repeat(shape.runs(), () -> VectorIntGemm.multiply(af, wf, m, k, n, out));
        if (!Arrays.equals(out, result.values())) {
            throw new IllegalStateException(design.name() + ": the bare kernel and GoldenGemm.multiply disagree");
        }
        Timing plain = null;
        if (shape.withPlain()) {
            int[] plainOut = new int[m * n];
            IntGemm.multiplyPlain(af, wf, m, k, n, plainOut);
            plain = Timing.repeat(3, () -> IntGemm.multiplyPlain(af, wf, m, k, n, plainOut));
            if (!Arrays.equals(plainOut, out)) {
                throw new IllegalStateException(design.name() + ": the plain loop and the vector kernel disagree");
            }
        }
        return new Measurement(shape, path, endToEnd, kernel, plain);
    }

    private static void report(String what, Timing t, double macs, Peaks peaks) {
        double rate = t.bestRate(macs);
        double perCpu = t.ratePerCpuSecond(macs);
        System.out.printf(Locale.ROOT, "  %-44s  best %7.3f s  %6.1f GMAC/s = %5.1f%% of Java 16-bit peak, %5.1f%% of "
                + "cited native | %5.1f GMAC per CPU-second = %5.1f%% of the peak's (CPU %.2f cores, %d GCs)%n", what,
                t.bestWallSeconds(), rate / 1e9, 100 * rate / peaks.javaShort(), 100 * rate / peaks.nativeCited(),
                perCpu / 1e9, 100 * perCpu / peaks.javaShortPerCpu(), t.coresUsed(), t.collections());
        if (t.collections() > 2L * t.runs()) {
            System.out.printf(Locale.ROOT, "  WARNING: %d garbage collections in %d runs: the JIT boxed vectors in this "
                    + "JVM (a known, intermittent JDK 17 C2 outcome) and the figure above is not the kernel's; run again.%n",
                    t.collections(), t.runs());
        }
    }

    /** Recomputes random outputs with the design's own product rule: a wrong kernel cannot report a figure. */
    private static void spotCheck(MacDesign design, CodeMatrix a, CodeMatrix w, GemmResult result) {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < SPOT_CHECKS; i++) {
            int row = rnd.nextInt(a.rows());
            int col = rnd.nextInt(w.rows());
            long sum = 0;
            for (int j = 0; j < a.cols(); j++) {
                sum += design.product(w.code(col, j), a.code(row, j));
            }
            if (sum != result.value(row, col)) {
                throw new IllegalStateException(design.name() + ": golden GEMM output [" + row + "][" + col + "] is "
                        + result.value(row, col) + ", the scalar product rule gives " + sum);
            }
        }
    }
}

package dintsim.traces.bench;

import dintsim.models.format.CodePoint;
import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceReader;
import dintsim.traces.io.TraceWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Prints how fast a big W4A8 trace (default: M x K x N = 2048 x 4096 x 4096, dINT4 x INT8, with an
 * FP32 reference output) is written and read. A benchmark, not a test. Run from the repository root:
 * {@code mvn -o -q -pl traces/format -am compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.mainClass=dintsim.traces.bench.TraceIoBenchmark [-Dexec.args="M K N"]}.
 */
public final class TraceIoBenchmark {
    private static final int REPEATS = 5;

    private TraceIoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int m = args.length == 3 ? Integer.parseInt(args[0]) : 2048;
        int k = args.length == 3 ? Integer.parseInt(args[1]) : 4096;
        int n = args.length == 3 ? Integer.parseInt(args[2]) : 4096;
        MacDesign d = MacDesigns.standard("dint4xint8");
        SplittableRandom rnd = new SplittableRandom(1);
        float[] scales = new float[n];
        for (int i = 0; i < n; i++) {
            scales[i] = (float) (0.01 + rnd.nextDouble());
        }
        float[] reference = new float[m * n];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = (float) rnd.nextGaussian();
        }
        LayerTrace t = new LayerTrace("bench", codes(d.activationFormat(), m, k, rnd), codes(d.weightFormat(), n, k, rnd),
                scales, 0.05f, d.accumulator(), reference);
        Path file = Files.createTempFile("dintsim-bench", ".dtrace");
        try {
            double bestWrite = Double.MAX_VALUE;
            double bestRead = Double.MAX_VALUE;
            for (int r = 0; r < REPEATS; r++) {
                long t0 = System.nanoTime();
                TraceWriter.write(t, file);
                long t1 = System.nanoTime();
                LayerTrace back = TraceReader.read(file);
                long t2 = System.nanoTime();
                if (!back.sameContent(t)) {
                    throw new IllegalStateException("read-back differs");
                }
                bestWrite = Math.min(bestWrite, (t1 - t0) / 1e6);
                bestRead = Math.min(bestRead, (t2 - t1) / 1e6);
            }
            double mb = Files.size(file) / 1e6;
            System.out.printf(Locale.ROOT, "trace %d x %d x %d %s with reference: %.1f MB; best of %d: write %.0f ms "
                            + "(%.0f MB/s), read+check %.0f ms (%.0f MB/s)%n", m, k, n, d.name(), mb, REPEATS, bestWrite,
                    mb / bestWrite * 1e3, bestRead, mb / bestRead * 1e3);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static CodeMatrix codes(NumberFormat f, int rows, int cols, SplittableRandom rnd) {
        List<CodePoint> valid = f.codePoints();
        byte[] c = new byte[rows * cols];
        for (int i = 0; i < c.length; i++) {
            c[i] = (byte) valid.get(rnd.nextInt(valid.size())).code();
        }
        return new CodeMatrix(f, rows, cols, c);
    }
}

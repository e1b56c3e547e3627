package dintsim.traces.samples;

import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Small, deterministic traces for tests of the simulator and the RTL. Each is a made-up linear
 * layer: Gaussian activations and weights quantized with dintsim's formats (per-tensor
 * activation scale, per-output-channel weight scales), plus the edge cases hardware gets wrong:
 * activations at -128 and +127 and every weight code of the format (as many as fit, extremes
 * first). The reference output is the FP32 product of the unquantized values.
 *
 * <p>The copies under traces/format/samples/ are written by {@link #main} or {@code dintsim trace samples DIR}
 * (traces/format/samples/README.md has the exact command); a test checks they equal what this class
 * generates, byte for byte.
 */
public final class SampleTraces {
    /** Shapes M x K x N of {@link #standard()}: tiny, array-sized, and odd sizes that leave partial folds. */
    public static final List<int[]> SHAPES = List.of(new int[] {4, 8, 4}, new int[] {16, 32, 16}, new int[] {33, 70, 17});
    /** Seed of {@link #standard()}; trace i uses SEED + i. */
    public static final long SEED = 20261124L;
    /** Activations are Gaussian with this standard deviation in activation steps (some saturate). */
    private static final double ACTIVATION_SIGMA_STEPS = 40;
    /** Weights are Gaussian with this standard deviation in weight steps. */
    private static final double WEIGHT_SIGMA_STEPS = 2.5;

    private SampleTraces() {
    }

    /** Every design of {@link MacDesigns#STANDARD} at every shape of {@link #SHAPES}, design-major. */
    public static List<LayerTrace> standard() {
        List<LayerTrace> out = new ArrayList<>();
        long seed = SEED;
        for (String design : MacDesigns.STANDARD) {
            for (int[] s : SHAPES) {
                out.add(random(design, s[0], s[1], s[2], seed++));
            }
        }
        return out;
    }

    /**
     * A layer of uniformly random valid codes (activations, then weights, from one stream seeded
     * with {@code seed}), unit scales and no reference output: for checks where only the codes
     * matter (simulator against golden GEMM, RTL against simulator, speed benchmarks).
     */
    public static LayerTrace uniform(MacDesign design, int m, int k, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CodeMatrix a = CodeMatrix.random(design.activationFormat(), m, k, random);
        CodeMatrix w = CodeMatrix.random(design.weightFormat(), n, k, random);
        float[] scales = new float[n];
        Arrays.fill(scales, 1f);
        return new LayerTrace("random-" + m + "x" + k + "x" + n + "-" + seed, a, w, scales, 1f, design.accumulator(), null);
    }

    /** One sample layer of the named design (e.g. {@code dint4xint8}) with its default accumulator. */
    public static LayerTrace random(String design, int m, int k, int n, long seed) {
        if (m < 1 || k < 1 || n < 1) {
            throw new IllegalArgumentException("sample trace: shape " + m + " x " + k + " x " + n + " must be positive");
        }
        MacDesign d = MacDesigns.standard(design);
        Random rnd = new Random(seed);
        float activationScale = (float) (0.02 + 0.03 * rnd.nextDouble());
        float[] x = activations(rnd, m, k, activationScale);
        float[] weightScales = new float[n];
        for (int i = 0; i < n; i++) {
            weightScales[i] = (float) (0.01 + 0.04 * rnd.nextDouble());
        }
        NumberFormat wf = d.weightFormat();
        float[] w = new float[n * k];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (rnd.nextGaussian() * WEIGHT_SIGMA_STEPS * weightScales[i / k]);
        }
        byte[] wCodes = quantize(wf, w, k, weightScales);
        List<Integer> edges = edgeCodes(wf);
        for (int i = 0; i < Math.min(edges.size(), w.length); i++) {
            int code = edges.get(i);
            wCodes[i] = (byte) code;
            w[i] = (float) (wf.value(code) * weightScales[i / k]);
        }
        NumberFormat af = d.activationFormat();
        byte[] aCodes = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            aCodes[i] = (byte) af.quantize(x[i], activationScale);
        }
        String layer = String.format(Locale.ROOT, "sample.%s.%dx%dx%d", design, m, k, n);
        return new LayerTrace(layer, new CodeMatrix(af, m, k, aCodes), new CodeMatrix(wf, n, k, wCodes), weightScales,
                activationScale, d.accumulator(), reference(x, w, m, k, n));
    }

    private static float[] activations(Random rnd, int m, int k, float scale) {
        float[] x = new float[m * k];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (rnd.nextGaussian() * ACTIVATION_SIGMA_STEPS * scale);
        }
        // Far beyond the range: they quantize to the extreme codes (-128 and 127 for INT8).
        x[0] = -200 * scale;
        x[x.length - 1] = -200 * scale;
        if (k > 1) {
            x[k - 1] = 200 * scale;
        }
        return x;
    }

    private static byte[] quantize(NumberFormat f, float[] w, int k, float[] scales) {
        byte[] codes = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            codes[i] = (byte) f.quantize(w[i], scales[i / k]);
        }
        return codes;
    }

    /** Valid codes, extremes first (minimum, maximum, special values, zero), then the rest in code order. */
    static List<Integer> edgeCodes(NumberFormat f) {
        Set<Integer> out = new LinkedHashSet<>();
        out.add(f.quantize(f.minValue(), 1));
        out.add(f.quantize(f.maxValue(), 1));
        f.codePoints().stream().filter(p -> p.kind() != dintsim.models.format.CodeKind.NORMAL)
                .forEach(p -> out.add(p.code()));
        f.codePoints().forEach(p -> out.add(p.code()));
        return new ArrayList<>(out);
    }

    private static float[] reference(float[] x, float[] w, int m, int k, int n) {
        float[] out = new float[m * n];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                double sum = 0;
                for (int i = 0; i < k; i++) {
                    sum += (double) x[r * k + i] * w[c * k + i];
                }
                out[r * n + c] = (float) sum;
            }
        }
        return out;
    }

    /** Writes {@link #standard()} as a trace set into the directory given as the only argument. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SampleTraces OUTPUT_DIRECTORY");
            System.exit(2);
        }
        TraceSet set = write(Path.of(args[0]));
        System.out.println("wrote " + set.entries().size() + " sample traces and " + set.manifest());
    }

    /** Writes {@link #standard()} as a trace set; the manifest names the generator and seed. */
    public static TraceSet write(Path directory) {
        return TraceSet.write(directory, "synthetic (no model)", "dintsim.traces.samples.SampleTraces.standard(), seed "
                + SEED + " + index", standard());
    }
}

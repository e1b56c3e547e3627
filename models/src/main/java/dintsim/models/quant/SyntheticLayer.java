package dintsim.models.quant;

import dintsim.models.param.Dimensions;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded synthetic linear layers with LLM-like statistics, for when no real model is at hand:
 * weights N x K with std 0.02 (OPT/LLaMA initialisation scale), Gaussian or Student-t (heavy
 * tails, nu = 4); activations M x K Gaussian per channel with log-normal channel scales (sigma
 * 0.5) and a few outlier channels (0.15% of K, at least 1, as LLM.int8 reports about 6 of 4096)
 * whose magnitude is 10x..100x. With {@code positionGrowth} g > 0 the outlier channels also grow
 * with the token position p by (1 + g ln(1 + p)), which makes longer sequences have wider
 * ranges (the effect SLAC calibrates for).
 *
 * <p>Every row draws from its own generator seeded by (seed, row), so the output does not depend
 * on the thread count.
 *
 * @param m              tokens
 * @param k              input channels
 * @param n              output channels
 * @param seed           random seed
 * @param heavyTailed    Student-t (nu = 4) weights instead of Gaussian
 * @param positionGrowth growth of outlier magnitudes with position (0: none)
 */
public record SyntheticLayer(int m, int k, int n, long seed, boolean heavyTailed, double positionGrowth) {
    public static final double WEIGHT_STD = 0.02;
    public static final double OUTLIER_FRACTION = 0.0015;
    private static final int STUDENT_NU = 4;

    public SyntheticLayer {
        if (m <= 0 || k <= 0 || n <= 0) {
            throw new IllegalArgumentException("synthetic layer: shape " + m + "x" + k + "x" + n + " (MxKxN) must be positive");
        }
        if ((long) m * k > Integer.MAX_VALUE - 8 || (long) n * k > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("synthetic layer: shape " + m + "x" + k + "x" + n + " is too large for one array");
        }
        if (!(positionGrowth >= 0)) {
            throw new IllegalArgumentException("synthetic layer: position growth " + positionGrowth + " must be >= 0");
        }
    }

    /** Parses {@code MxKxN}, e.g. {@code 2048x4096x4096}. */
    public static SyntheticLayer parse(String shape, long seed, boolean heavyTailed) {
        int[] v = Dimensions.parse(shape, "MxKxN", "synthetic shape");
        return new SyntheticLayer(v[0], v[1], v[2], seed, heavyTailed, 0);
    }

    public String name() {
        return String.format(Locale.ROOT, "synthetic.%dx%dx%d", m, k, n);
    }

    public FloatMatrix weights() {
        float[] w = new float[n * k];
        IntStream.range(0, n).parallel().forEach(r -> {
            SplittableRandom rnd = rowRandom(1, r);
            for (int c = 0; c < k; c++) {
                w[r * k + c] = (float) (WEIGHT_STD * (heavyTailed ? studentT(rnd) : rnd.nextGaussian()));
            }
        });
        return FloatMatrix.of(name() + ".weight", n, k, w);
    }

    /** The M x K activations of this layer. */
    public FloatMatrix activations() {
        return activations(name() + ".input", m, 2);
    }

    /** {@code tokens} rows of activations with the layer's channel statistics; {@code stream} picks independent draws. */
    public FloatMatrix activations(String tensorName, int tokens, long stream) {
        double[] channelScale = channelScales();
        boolean[] outlier = outlierChannels();
        float[] x = new float[tokens * k];
        IntStream.range(0, tokens).parallel().forEach(r -> {
            SplittableRandom rnd = rowRandom(stream, r);
            double grow = 1 + positionGrowth * Math.log1p(r);
            for (int c = 0; c < k; c++) {
                x[r * k + c] = (float) (rnd.nextGaussian() * channelScale[c] * (outlier[c] ? grow : 1));
            }
        });
        return FloatMatrix.of(tensorName, tokens, k, x);
    }

    /** Per-channel activation scales: log-normal, outlier channels 10..100x. */
    public double[] channelScales() {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 3);
        boolean[] outlier = outlierChannels();
        double[] s = new double[k];
        for (int c = 0; c < k; c++) {
            s[c] = Math.exp(0.5 * rnd.nextGaussian());
            if (outlier[c]) {
                s[c] *= 10 + 90 * rnd.nextDouble();
            }
        }
        return s;
    }

    /** Which input channels carry outliers (seeded choice of max(1, 0.15% of K) channels). */
    public boolean[] outlierChannels() {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 4);
        boolean[] out = new boolean[k];
        int count = Math.max(1, (int) Math.round(OUTLIER_FRACTION * k));
        for (int placed = 0; placed < Math.min(count, k); ) {
            int c = rnd.nextInt(k);
            if (!out[c]) {
                out[c] = true;
                placed++;
            }
        }
        return out;
    }

    private SplittableRandom rowRandom(long stream, int row) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (stream << 40) ^ (row * 0xBF58476D1CE4E5B9L));
    }

    private static double studentT(SplittableRandom rnd) {
        double chi2 = 0;
        for (int i = 0; i < STUDENT_NU; i++) {
            double g = rnd.nextGaussian();
            chi2 += g * g;
        }
        // Scaled to unit variance (var of t_nu is nu / (nu - 2)) so the std stays WEIGHT_STD.
        return rnd.nextGaussian() / Math.sqrt(chi2 / STUDENT_NU) / Math.sqrt((double) STUDENT_NU / (STUDENT_NU - 2));
    }
}

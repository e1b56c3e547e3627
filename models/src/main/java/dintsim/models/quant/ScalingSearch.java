package dintsim.models.quant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the per-input-channel scaling s for each {@link QuantMethod}.
 *
 * <p>AQAS uses SmoothQuant's parameterisation s_j = max|X_j|^a / max|W_:,j|^(1-a) but searches a
 * on a grid (0, step, ..., 1) and then on a finer grid (step/4) around the best value, judged by
 * the joint output error {@link OutputObjective#joint}. The identity (no scaling, i.e. RTN) is
 * the starting point and stays a candidate, so AQAS never ends worse than RTN on its objective.
 * AWQ-style uses s_j = mean|X_j|^a (salient channels = large mean activation), a searched on the
 * weight-only error; SmoothQuant fixes a.
 */
public final class ScalingSearch {
    /** Factors are kept in [1e-5, 1e5] (SmoothQuant clamps its statistics likewise) so W' and X' stay finite. */
    private static final float MIN_FACTOR = 1e-5f;
    private static final float MAX_FACTOR = 1e5f;

    private ScalingSearch() {
    }

    public static ChannelScaling choose(QuantConfig config, FloatMatrix w, CalibrationStats stats) {
        int k = w.cols();
        switch (config.method()) {
            case RTN:
                return new ChannelScaling(QuantMethod.RTN, ones(k), Double.NaN, null, null, List.of(), 0);
            case SMOOTHQUANT: {
                double a = config.smoothQuantAlpha();
                return new ChannelScaling(QuantMethod.SMOOTHQUANT, smooth(stats.columnAbsMax(), w.columnAbsMax(), a), a,
                        null, null, List.of(), 0);
            }
            case AQAS: {
                OutputObjective objective = new OutputObjective(w, stats, config);
                float[] xMax = stats.columnAbsMax();
                float[] wMax = w.columnAbsMax();
                ChannelScaling found = search(QuantMethod.AQAS, config.alphaStep(), a -> smooth(xMax, wMax, a), objective::joint, k);
                return refine(found, xMax, config.refineChannels(), objective::joint);
            }
            case AWQ: {
                OutputObjective objective = new OutputObjective(w, stats, config);
                double[] xMean = stats.data().columnAbsMean();
                return search(QuantMethod.AWQ, config.alphaStep(), a -> salient(xMean, a), objective::weightOnly, k);
            }
            default:
                throw new IllegalStateException("method " + config.method());
        }
    }

    /** Identity first, then the coarse alpha grid, then a fine grid around the best alpha; keeps the first best. */
    static ChannelScaling search(QuantMethod method, double step, java.util.function.DoubleFunction<float[]> family,
                                 ToDoubleFunction<float[]> objective, int k) {
        List<ChannelScaling.Trial> trials = new ArrayList<>();
        float[] best = ones(k);
        double start = objective.applyAsDouble(best);
        trials.add(new ChannelScaling.Trial(Double.NaN, start));
        double bestValue = start;
        double bestAlpha = Double.NaN;
        int coarse = (int) Math.round(1.0 / step);
        List<Double> alphas = new ArrayList<>();
        for (int i = 0; i <= coarse; i++) {
            alphas.add(Math.min(1.0, i * step));
        }
        for (int pass = 0; pass < 2; pass++) {
            for (double a : alphas) {
                float[] s = family.apply(a);
                double v = objective.applyAsDouble(s);
                trials.add(new ChannelScaling.Trial(a, v));
                if (v < bestValue) {
                    bestValue = v;
                    bestAlpha = a;
                    best = s;
                }
            }
            if (Double.isNaN(bestAlpha)) {
                break; // identity won the coarse grid: nothing to refine around
            }
            alphas = new ArrayList<>();
            double fine = step / 4;
            for (int i = -3; i <= 3; i++) {
                double a = bestAlpha + i * fine;
                if (i != 0 && a >= 0 && a <= 1) {
                    alphas.add(a);
                }
            }
        }
        return new ChannelScaling(method, best, bestAlpha, start, bestValue, List.copyOf(trials), 0);
    }

    /** Multipliers tried on each refined channel's factor. */
    private static final double[] REFINE_MULTIPLIERS = {0.5, 2.0};

    /**
     * Per-channel refinement: for the {@code count} channels with the largest max|X_j| (outliers
     * first, ties by index), try s_j x 0.5 and s_j x 2 and keep a change only if it lowers the
     * objective, so the result is never worse than the alpha search's.
     */
    static ChannelScaling refine(ChannelScaling found, float[] xMax, int count, ToDoubleFunction<float[]> objective) {
        if (count == 0) {
            return found;
        }
        Integer[] order = new Integer[xMax.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> xMax[a] != xMax[b] ? Float.compare(xMax[b], xMax[a]) : Integer.compare(a, b));
        float[] best = found.factors().clone();
        double bestValue = found.objective();
        List<ChannelScaling.Trial> trials = new ArrayList<>(found.trials());
        int changed = 0;
        for (int i = 0; i < Math.min(count, order.length); i++) {
            int j = order[i];
            boolean improved = false;
            float[] base = best;
            for (double m : REFINE_MULTIPLIERS) {
                float[] s = base.clone();
                s[j] = clamp(base[j] * m);
                double v = objective.applyAsDouble(s);
                trials.add(new ChannelScaling.Trial(found.alpha(), j, m, v));
                if (v < bestValue) {
                    bestValue = v;
                    best = s;
                    improved = true;
                }
            }
            changed += improved ? 1 : 0;
        }
        return new ChannelScaling(found.method(), best, found.alpha(), found.startObjective(), bestValue,
                List.copyOf(trials), changed);
    }

    /** s_j = xMax_j^a / wMax_j^(1-a); 1 where a statistic is zero. */
    public static float[] smooth(float[] xMax, float[] wMax, double a) {
        float[] s = new float[xMax.length];
        for (int j = 0; j < s.length; j++) {
            if (xMax[j] <= 0 || wMax[j] <= 0) {
                s[j] = 1f;
            } else {
                s[j] = clamp(Math.pow(xMax[j], a) / Math.pow(wMax[j], 1 - a));
            }
        }
        return s;
    }

    /** s_j = mean|X_j|^a, normalised by sqrt(max * min) as AWQ does; 1 where the mean is zero. */
    public static float[] salient(double[] xMean, double a) {
        double[] raw = new double[xMean.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int j = 0; j < raw.length; j++) {
            raw[j] = xMean[j] > 0 ? Math.pow(xMean[j], a) : 1.0;
            lo = Math.min(lo, raw[j]);
            hi = Math.max(hi, raw[j]);
        }
        double norm = Math.sqrt(lo * hi);
        float[] s = new float[raw.length];
        for (int j = 0; j < s.length; j++) {
            s[j] = clamp(raw[j] / norm);
        }
        return s;
    }

    private static float clamp(double v) {
        return (float) Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, v));
    }

    static float[] ones(int k) {
        float[] s = new float[k];
        Arrays.fill(s, 1f);
        return s;
    }
}

package dintsim.models.quant;

import dintsim.models.format.NumberFormat;

/**
 * Everything that decides how one layer is quantized. Make one with {@link #of(NumberFormat)} and
 * change fields with the {@code with...} copies.
 *
 * @param weightFormat     the weight format (activations are always symmetric INT8)
 * @param method           the channel-scaling method
 * @param groupSize        weight scale granularity along K; 0 = one scale per output channel
 * @param clip             clip ratios of the per-channel weight MSE search
 * @param calibration      how the static activation range is chosen
 * @param alphaStep        grid step of the alpha searches (AQAS, AWQ), in (0, 0.5]
 * @param smoothQuantAlpha the fixed alpha of SmoothQuant
 * @param searchRows       calibration tokens the AQAS/AWQ objective looks at (strided subset)
 * @param searchMacs       multiply-add budget per objective evaluation (output channels are subsampled to fit)
 * @param metricRows       tokens the quality metrics look at (strided subset)
 * @param metricMacs       multiply-add budget per metric product (output channels are subsampled to fit)
 * @param refineChannels   AQAS only: after the alpha search, try halving and doubling s_j of this many
 *                         channels with the largest max|X_j|, keeping each change that lowers the objective
 */
public record QuantConfig(NumberFormat weightFormat, QuantMethod method, int groupSize, ClipGrid clip,
                          ActivationCalibration calibration, double alphaStep, double smoothQuantAlpha,
                          int searchRows, long searchMacs, int metricRows, long metricMacs, int refineChannels) {

    public QuantConfig {
        if (weightFormat == null) {
            throw new IllegalArgumentException("quantizer config: field 'weightFormat' is missing");
        }
        if (method == null || clip == null || calibration == null) {
            throw new IllegalArgumentException("quantizer config: method, clip and calibration are required");
        }
        if (groupSize < 0) {
            throw new IllegalArgumentException("quantizer config: field 'groupSize' is " + groupSize + ", must be >= 0");
        }
        if (!(alphaStep > 0) || alphaStep > 0.5) {
            throw new IllegalArgumentException("quantizer config: field 'alphaStep' is " + alphaStep + ", must be in (0, 0.5]");
        }
        if (!(smoothQuantAlpha >= 0) || smoothQuantAlpha > 1) {
            throw new IllegalArgumentException("quantizer config: field 'smoothQuantAlpha' is " + smoothQuantAlpha + ", must be in [0, 1]");
        }
        if (refineChannels < 0) {
            throw new IllegalArgumentException("quantizer config: field 'refineChannels' is " + refineChannels + ", must be >= 0");
        }
        if (searchRows <= 0 || metricRows <= 0 || searchMacs <= 0 || metricMacs <= 0) {
            throw new IllegalArgumentException("quantizer config: sample sizes and budgets must be positive");
        }
    }

    /** Defaults: RTN, per channel, clip 0.5..1.0, max calibration, alpha step 0.1, 256 search tokens, 1024 metric tokens. */
    public static QuantConfig of(NumberFormat weightFormat) {
        return new QuantConfig(weightFormat, QuantMethod.RTN, 0, ClipGrid.DEFAULT, ActivationCalibration.MAX, 0.1, 0.5,
                256, 1L << 25, 1024, 1L << 29, 0);
    }

    public QuantConfig withFormat(NumberFormat f) {
        return new QuantConfig(f, method, groupSize, clip, calibration, alphaStep, smoothQuantAlpha,
                searchRows, searchMacs, metricRows, metricMacs, refineChannels);
    }

    public QuantConfig withAlphaStep(double step) {
        return new QuantConfig(weightFormat, method, groupSize, clip, calibration, step, smoothQuantAlpha,
                searchRows, searchMacs, metricRows, metricMacs, refineChannels);
    }

    public QuantConfig withMethod(QuantMethod m) {
        return new QuantConfig(weightFormat, m, groupSize, clip, calibration, alphaStep, smoothQuantAlpha,
                searchRows, searchMacs, metricRows, metricMacs, refineChannels);
    }

    public QuantConfig withGroupSize(int g) {
        return new QuantConfig(weightFormat, method, g, clip, calibration, alphaStep, smoothQuantAlpha,
                searchRows, searchMacs, metricRows, metricMacs, refineChannels);
    }

    public QuantConfig withClip(ClipGrid c) {
        return new QuantConfig(weightFormat, method, groupSize, c, calibration, alphaStep, smoothQuantAlpha,
                searchRows, searchMacs, metricRows, metricMacs, refineChannels);
    }

    public QuantConfig withCalibration(ActivationCalibration c) {
        return new QuantConfig(weightFormat, method, groupSize, clip, c, alphaStep, smoothQuantAlpha,
                searchRows, searchMacs, metricRows, metricMacs, refineChannels);
    }

    public QuantConfig withSearch(int rows, long macs) {
        return new QuantConfig(weightFormat, method, groupSize, clip, calibration, alphaStep, smoothQuantAlpha,
                rows, macs, metricRows, metricMacs, refineChannels);
    }

    public QuantConfig withMetrics(int rows, long macs) {
        return new QuantConfig(weightFormat, method, groupSize, clip, calibration, alphaStep, smoothQuantAlpha,
                searchRows, searchMacs, rows, macs, refineChannels);
    }

    public QuantConfig withRefineChannels(int channels) {
        return new QuantConfig(weightFormat, method, groupSize, clip, calibration, alphaStep, smoothQuantAlpha,
                searchRows, searchMacs, metricRows, metricMacs, channels);
    }

    public WeightQuantizer weightQuantizer() {
        return new WeightQuantizer(weightFormat, groupSize, clip);
    }
}

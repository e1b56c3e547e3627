package dintsim.models.quant;

/**
 * Quantizes one linear layer Y = X W^T to W4A8 (or any weight format x INT8): chooses the
 * channel scaling (per {@link QuantMethod}), quantizes W diag(s) per channel with the clip
 * search, calibrates the static INT8 activation range on X diag(s)^-1 of the calibration tokens,
 * quantizes the given activations and measures the result.
 */
public final class LayerQuantizer {
    private final QuantConfig config;

    public LayerQuantizer(QuantConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("no quantizer config");
        }
        this.config = config;
    }

    public QuantConfig config() {
        return config;
    }

    /**
     * @param name        layer name (for messages and metrics)
     * @param weights     N x K weights
     * @param calibration calibration activations (tokens x K): decide the scaling and the activation range
     * @param activations activations to quantize into codes and to measure the metrics on (tokens x K)
     */
    public QuantizedLayer quantize(String name, FloatMatrix weights, FloatMatrix calibration, FloatMatrix activations) {
        if (weights == null || activations == null) {
            throw new IllegalArgumentException("layer " + name + ": weights and activations are required");
        }
        if (calibration == null) {
            throw new IllegalArgumentException("layer " + name + ": empty calibration set");
        }
        checkK(name, weights, calibration);
        checkK(name, weights, activations);
        CalibrationStats stats = new CalibrationStats(calibration);
        ChannelScaling scaling = ScalingSearch.choose(config, weights, stats);
        float[] s = scaling.factors();
        float[] inv = OutputObjective.inverse(s);
        QuantizedWeights qw = config.weightQuantizer().quantize(weights.scaleColumns(s));
        float actScale = ActivationQuantizer.scaleFor(config.calibration().range(stats, inv));
        var codes = ActivationQuantizer.quantize(activations.scaleColumns(inv), actScale);
        LayerMetrics metrics = ErrorAnalysis.measure(name, weights, s, qw, activations, actScale, config);
        return new QuantizedLayer(name, config, qw, codes, actScale, scaling, metrics);
    }

    private static void checkK(String layer, FloatMatrix w, FloatMatrix x) {
        if (w.cols() != x.cols()) {
            throw new IllegalArgumentException("layer " + layer + ": weights '" + w.name() + "' are " + w.rows() + " x "
                    + w.cols() + " (N x K) but activations '" + x.name() + "' are " + x.rows() + " x " + x.cols()
                    + " (M x K): K differs");
        }
    }
}

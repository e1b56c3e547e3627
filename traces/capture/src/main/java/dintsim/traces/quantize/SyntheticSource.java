package dintsim.traces.quantize;

import dintsim.models.quant.FloatMatrix;
import dintsim.models.quant.SyntheticLayer;
import java.util.List;
import java.util.Locale;

/**
 * One seeded synthetic layer ({@link SyntheticLayer}); calibration tokens are an independent
 * draw of the same statistics, so the metrics are measured on data the calibration did not see.
 */
public final class SyntheticSource implements LayerSource {
    private final SyntheticLayer layer;

    public SyntheticSource(SyntheticLayer layer) {
        this.layer = layer;
    }

    @Override
    public String model() {
        return layer.name();
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "synthetic layer M x K x N = %d x %d x %d, seed %d, %s weights (std %.2f), %d outlier channels",
                layer.m(), layer.k(), layer.n(), layer.seed(), layer.heavyTailed() ? "Student-t" : "Gaussian",
                SyntheticLayer.WEIGHT_STD, countOutliers());
    }

    private int countOutliers() {
        int c = 0;
        for (boolean b : layer.outlierChannels()) {
            c += b ? 1 : 0;
        }
        return c;
    }

    @Override
    public List<LayerInput> layers() {
        FloatMatrix calibration = layer.activations(layer.name() + ".calibration", Math.min(layer.m(), 512), 7);
        return List.of(new LayerInput(layer.name(), layer.weights(), null, calibration, layer.activations()));
    }
}

package dintsim.models.quant;

/**
 * Calibration activations with the statistics every range search needs, computed once: column
 * maxima over all rows, and a strided sample of rows for percentile and MSE searches.
 */
public final class CalibrationStats {
    private final FloatMatrix data;
    private final float[] columnAbsMax;
    private final FloatMatrix sample;

    public CalibrationStats(FloatMatrix data) {
        if (data == null || data.rows() == 0) {
            throw new IllegalArgumentException("empty calibration set: at least one calibration token is needed");
        }
        this.data = data;
        this.columnAbsMax = data.columnAbsMax();
        int maxRows = Math.max(1, ActivationCalibration.MAX_SAMPLE_VALUES / data.cols());
        this.sample = data.rows() <= maxRows ? data : data.selectRows(RowSample.strided(data.rows(), maxRows));
    }

    public FloatMatrix data() {
        return data;
    }

    /** max |x| per column over all calibration rows (not copied). */
    public float[] columnAbsMax() {
        return columnAbsMax;
    }

    /** |x| of the sampled rows, columns multiplied by the factors (null: 1). */
    float[] sampleMagnitudes(float[] columnFactors) {
        float[] d = sample.data();
        int cols = sample.cols();
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = Math.abs(d[i] * (columnFactors == null ? 1f : columnFactors[i % cols]));
        }
        return out;
    }
}

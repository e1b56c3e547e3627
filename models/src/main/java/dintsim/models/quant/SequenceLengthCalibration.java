package dintsim.models.quant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * SLAC (sequence-length-aware calibration): the activation range is calibrated on sequences of
 * the length the model will run at, because activation ranges move with sequence length. This
 * class reports that movement; calibrating "with SLAC" means passing the length-L activations as
 * the calibration set of {@link LayerQuantizer#quantize}.
 */
public final class SequenceLengthCalibration {
    private SequenceLengthCalibration() {
    }

    /**
     * Range statistics of one tensor at one sequence length.
     *
     * @param length           sequence length
     * @param tokens           tokens the statistics cover
     * @param absMax           max |x|
     * @param p999             99.9th percentile of |x|
     * @param p99              99th percentile of |x|
     * @param calibratedRange  the range the configured calibration picks (INT8 scale = range / 127)
     */
    public record RangeAtLength(int length, int tokens, double absMax, double p999, double p99, double calibratedRange) {
    }

    /** One row per sequence length, ascending. */
    public static List<RangeAtLength> ranges(SortedMap<Integer, FloatMatrix> byLength, ActivationCalibration calibration) {
        if (byLength.isEmpty()) {
            throw new IllegalArgumentException("SLAC: no sequence lengths given (empty calibration set)");
        }
        ActivationCalibration p999 = new ActivationCalibration(ActivationCalibration.Kind.PERCENTILE, 99.9);
        ActivationCalibration p99 = new ActivationCalibration(ActivationCalibration.Kind.PERCENTILE, 99);
        List<RangeAtLength> out = new ArrayList<>();
        for (Map.Entry<Integer, FloatMatrix> e : byLength.entrySet()) {
            CalibrationStats stats = new CalibrationStats(e.getValue());
            out.add(new RangeAtLength(e.getKey(), e.getValue().rows(), ActivationCalibration.MAX.range(stats, null),
                    p999.range(stats, null), p99.range(stats, null), calibration.range(stats, null)));
        }
        return out;
    }
}

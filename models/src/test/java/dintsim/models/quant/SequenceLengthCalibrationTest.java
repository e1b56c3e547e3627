package dintsim.models.quant;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.Formats;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SequenceLengthCalibrationTest {
    @Test
    void calibratedRangeFollowsSequenceLength() {
        SyntheticLayer growing = new SyntheticLayer(1, 64, 16, 21, false, 0.5);
        TreeMap<Integer, FloatMatrix> byLength = new TreeMap<>();
        for (int len : new int[] {16, 64, 256}) {
            // Four sequences of each length, positions 0..len-1 each.
            List<FloatMatrix> seqs = new java.util.ArrayList<>();
            for (int s = 0; s < 4; s++) {
                seqs.add(growing.activations("len" + len, len, 100 + s));
            }
            byLength.put(len, FloatMatrix.stack("len" + len, seqs));
        }
        List<SequenceLengthCalibration.RangeAtLength> rows = SequenceLengthCalibration.ranges(byLength, ActivationCalibration.MAX);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).absMax() > rows.get(i - 1).absMax(), rows.toString());
            assertTrue(rows.get(i).calibratedRange() > rows.get(i - 1).calibratedRange(), rows.toString());
            assertTrue(rows.get(i).p999() > rows.get(i - 1).p999(), rows.toString());
        }
        // The quantizer's activation scale follows the calibration length.
        FloatMatrix w = growing.weights();
        LayerQuantizer q = new LayerQuantizer(QuantConfig.of(Formats.builtIn("dint4")));
        float shortScale = q.quantize("l", w, byLength.get(16), byLength.get(256)).activationScale();
        float longScale = q.quantize("l", w, byLength.get(256), byLength.get(256)).activationScale();
        assertTrue(longScale > shortScale);
        // A flat model (no growth) gives no systematic trend in the calibrated range.
        SyntheticLayer flat = new SyntheticLayer(1, 64, 16, 21, false, 0);
        TreeMap<Integer, FloatMatrix> flatByLength = new TreeMap<>();
        flatByLength.put(16, flat.activations("a", 256, 7));
        flatByLength.put(256, flat.activations("b", 256, 8));
        List<SequenceLengthCalibration.RangeAtLength> flatRows = SequenceLengthCalibration.ranges(flatByLength, ActivationCalibration.MAX);
        double ratio = flatRows.get(1).absMax() / flatRows.get(0).absMax();
        assertTrue(ratio > 0.7 && ratio < 1.4, "flat data ratio " + ratio);
    }
}

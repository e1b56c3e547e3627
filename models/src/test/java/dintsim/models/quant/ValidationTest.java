package dintsim.models.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.Formats;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
    @Test
    void nonFiniteValuesNameTensorAndIndex() {
        float[] d = new float[6];
        d[4] = Float.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FloatMatrix.of("layer0.weight", 2, 3, d));
        assertTrue(e.getMessage().contains("layer0.weight") && e.getMessage().contains("[1][1]") && e.getMessage().contains("NaN"),
                e.getMessage());
        d[4] = Float.POSITIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class, () -> FloatMatrix.of("x", 2, 3, d));
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void shapeMismatchesAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> FloatMatrix.of("w", 2, 3, new float[5]));
        FloatMatrix w = FloatMatrix.of("w", 2, 3, new float[6]);
        FloatMatrix x = FloatMatrix.of("x", 2, 4, new float[8]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LayerQuantizer(QuantConfig.of(Formats.builtIn("int4"))).quantize("fc1", w, x, x));
        assertTrue(e.getMessage().contains("fc1") && e.getMessage().contains("K differs"), e.getMessage());
    }

    @Test
    void emptyCalibrationSetIsRejected() {
        FloatMatrix w = FloatMatrix.of("w", 2, 3, new float[6]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LayerQuantizer(QuantConfig.of(Formats.builtIn("int4"))).quantize("fc1", w, null, w));
        assertTrue(e.getMessage().contains("empty calibration"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FloatMatrix.stack("calib", List.of()));
        assertTrue(e.getMessage().contains("calib"), e.getMessage());
    }

    @Test
    void unknownNamesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Formats.builtIn("int5"));
        assertTrue(e.getMessage().contains("int5"));
        e = assertThrows(IllegalArgumentException.class, () -> QuantMethod.parse("gptq"));
        assertTrue(e.getMessage().contains("gptq"));
        e = assertThrows(IllegalArgumentException.class, () -> SyntheticLayer.parse("12x4", 1, false));
        assertTrue(e.getMessage().contains("MxKxN"));
        e = assertThrows(IllegalArgumentException.class, () -> ActivationCalibration.parse("median"));
        assertTrue(e.getMessage().contains("median"));
        assertEquals(99.9, ActivationCalibration.parse("p99.9").percentile());
    }

    @Test
    void syntheticLayersAreDeterministicAndHaveOutliers() {
        SyntheticLayer a = new SyntheticLayer(64, 1024, 8, 3, true, 0);
        assertTrue(a.weights().sameValues(new SyntheticLayer(64, 1024, 8, 3, true, 0).weights()));
        assertTrue(!a.weights().sameValues(new SyntheticLayer(64, 1024, 8, 4, true, 0).weights()));
        boolean[] out = a.outlierChannels();
        float[] colMax = a.activations().columnAbsMax();
        double outlierMin = Double.POSITIVE_INFINITY;
        double normalMedianish = 0;
        int normal = 0;
        for (int c = 0; c < out.length; c++) {
            if (out[c]) {
                outlierMin = Math.min(outlierMin, colMax[c]);
            } else {
                normalMedianish += colMax[c];
                normal++;
            }
        }
        assertTrue(outlierMin > 5 * normalMedianish / normal, outlierMin + " vs mean " + normalMedianish / normal);
    }
}

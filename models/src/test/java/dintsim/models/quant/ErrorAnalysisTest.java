package dintsim.models.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.Formats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ErrorAnalysisTest {
    private static final SyntheticLayer LAYER = new SyntheticLayer(128, 256, 64, 11, true, 0);

    private static QuantizedLayer quantize(String format, QuantMethod method) {
        QuantConfig c = QuantConfig.of(Formats.builtIn(format)).withMethod(method);
        FloatMatrix x = LAYER.activations();
        return new LayerQuantizer(c).quantize(LAYER.name(), LAYER.weights(), x, x);
    }

    @ParameterizedTest
    @ValueSource(strings = {"int8", "int4", "dint4", "dint4(s=0.25)", "fp4"})
    void errorSplitSumsToTheTotal(String format) {
        for (QuantMethod m : new QuantMethod[] {QuantMethod.RTN, QuantMethod.SMOOTHQUANT}) {
            LayerMetrics lm = quantize(format, m).metrics();
            assertTrue(lm.totalError() > 0);
            assertEquals(lm.totalError(), lm.underflowError() + lm.roundingError(), 1e-9 * lm.totalError(), format + " " + m);
            assertTrue(lm.sqnrDb() > 0 && Double.isFinite(lm.sqnrDb()));
        }
    }

    @Test
    void noUnderflowInAFormatWithoutZero() {
        LayerMetrics lm = quantize("dint4(s=0.5,zero=false)", QuantMethod.RTN).metrics();
        assertEquals(0, lm.underflowWeights());
        assertEquals(0.0, lm.underflowError());
        assertEquals(0.0, lm.underflowOnlyError());
        assertEquals(lm.totalError(), lm.roundingError(), 1e-12 * lm.totalError());
    }

    @Test
    void noUnderflowWhenNoWeightIsBelowHalfAStep() {
        // Magnitudes 1..7 with a maximum of 7 in every row: INT4's step is 1, nothing rounds to zero.
        float[] w = new float[4 * 8];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 2 == 0 ? 1 : -1) * (1 + i % 7);
        }
        FloatMatrix weights = FloatMatrix.of("w", 4, 8, w);
        FloatMatrix x = new SyntheticLayer(16, 8, 4, 3, false, 0).activations();
        LayerMetrics lm = new LayerQuantizer(QuantConfig.of(Formats.builtIn("int4")).withClip(ClipGrid.NONE))
                .quantize("l", weights, x, x).metrics();
        assertEquals(32, lm.nonzeroWeights());
        assertEquals(0, lm.underflowWeights());
        assertEquals(0.0, lm.underflowError());
    }

    @Test
    void dintUnderflowsLessThanInt4() {
        LayerMetrics int4 = quantize("int4", QuantMethod.RTN).metrics();
        LayerMetrics dint4 = quantize("dint4", QuantMethod.RTN).metrics();
        assertTrue(int4.underflowFraction() > 0.05, "int4 underflow " + int4.underflowFraction());
        assertTrue(dint4.underflowFraction() < int4.underflowFraction(),
                dint4.underflowFraction() + " vs " + int4.underflowFraction());
        LayerMetrics int8 = quantize("int8", QuantMethod.RTN).metrics();
        assertTrue(int8.sqnrDb() > int4.sqnrDb());
    }
}

package dintsim.models.quant;

import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import java.util.stream.IntStream;

/**
 * Static per-tensor symmetric INT8 activation quantization: scale = range / 127 (codes -127..127),
 * the range coming from calibration ({@link ActivationCalibration}); values beyond it saturate.
 */
public final class ActivationQuantizer {
    public static final NumberFormat INT8 = Formats.builtIn("int8");
    /** Largest code magnitude used: 127 (symmetric INT8). */
    public static final double LIMIT = INT8.symmetricLimit();
    private static final ValueGrid GRID = new ValueGrid(INT8, true);
    private static final double[] VALUES = QuantizedWeights.valueTable(INT8);

    private ActivationQuantizer() {
    }

    /** The float scale for a calibrated range (float so that traces reproduce it exactly). */
    public static float scaleFor(double range) {
        return Math.max((float) (range / LIMIT), Float.MIN_NORMAL);
    }

    /** INT8 codes of x (M x K) at the given scale. */
    public static CodeMatrix quantize(FloatMatrix x, float scale) {
        float[] d = x.data();
        byte[] codes = new byte[d.length];
        IntStream.range(0, x.rows()).parallel().forEach(r -> {
            for (int i = r * x.cols(), end = i + x.cols(); i < end; i++) {
                codes[i] = GRID.code(GRID.index(d[i], scale));
            }
        });
        return new CodeMatrix(INT8, x.rows(), x.cols(), codes);
    }

    /** Real values of INT8 codes at a scale. */
    public static float[] dequantize(CodeMatrix codes, float scale) {
        byte[] c = codes.codes();
        float[] out = new float[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = (float) (VALUES[c[i] & 0xFF] * scale);
        }
        return out;
    }
}

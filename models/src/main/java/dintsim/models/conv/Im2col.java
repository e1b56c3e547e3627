package dintsim.models.conv;

/**
 * Lowers a convolution to GEMM (see {@link ConvShape} for the row and column order) and computes
 * the convolution directly, so the lowering can be checked against it.
 */
public final class Im2col {
    private Im2col() {
    }

    /** The M x K activation matrix of group {@code group} from an NCHW input; padding reads as 0. */
    public static float[] activations(float[] input, ConvShape s, int group) {
        checkInput(input, s);
        checkGroup(s, group);
        int oh = s.outHeight();
        int ow = s.outWidth();
        int cg = s.channels() / s.groups();
        int k = s.gemmK();
        float[] out = new float[Math.multiplyExact(s.gemmM(), k)];
        int row = 0;
        for (int n = 0; n < s.batch(); n++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++, row++) {
                    int col = 0;
                    for (int c = 0; c < cg; c++) {
                        int plane = (n * s.channels() + group * cg + c) * s.height();
                        for (int i = 0; i < s.kernelHeight(); i++) {
                            int iy = y * s.strideH() - s.padTop() + i * s.dilationH();
                            for (int j = 0; j < s.kernelWidth(); j++, col++) {
                                int ix = x * s.strideW() - s.padLeft() + j * s.dilationW();
                                if (iy >= 0 && iy < s.height() && ix >= 0 && ix < s.width()) {
                                    out[row * k + col] = input[(plane + iy) * s.width() + ix];
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The N x K weight matrix of group {@code group} from OIHW weights: rows are that group's filters. */
    public static float[] weights(float[] oihw, ConvShape s, int group) {
        checkGroup(s, group);
        long expected = (long) s.filters() * s.gemmK();
        if (oihw.length != expected) {
            throw new IllegalArgumentException("convolution weights: " + oihw.length + " values, expected filters x "
                    + "channels/groups x kh x kw = " + expected);
        }
        int size = s.gemmN() * s.gemmK();
        float[] out = new float[size];
        System.arraycopy(oihw, group * size, out, 0, size);
        return out;
    }

    /** Direct convolution, NCHW output (batch x filters x outHeight x outWidth); bias may be null. */
    public static float[] direct(float[] input, float[] oihw, float[] bias, ConvShape s) {
        checkInput(input, s);
        int oh = s.outHeight();
        int ow = s.outWidth();
        int cg = s.channels() / s.groups();
        int ng = s.gemmN();
        float[] out = new float[Math.multiplyExact(s.batch() * s.filters(), oh * ow)];
        for (int n = 0; n < s.batch(); n++) {
            for (int f = 0; f < s.filters(); f++) {
                int g = f / ng;
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        float acc = 0;
                        for (int c = 0; c < cg; c++) {
                            for (int i = 0; i < s.kernelHeight(); i++) {
                                int iy = y * s.strideH() - s.padTop() + i * s.dilationH();
                                for (int j = 0; j < s.kernelWidth(); j++) {
                                    int ix = x * s.strideW() - s.padLeft() + j * s.dilationW();
                                    if (iy >= 0 && iy < s.height() && ix >= 0 && ix < s.width()) {
                                        float w = oihw[((f * cg + c) * s.kernelHeight() + i) * s.kernelWidth() + j];
                                        acc += w * input[((n * s.channels() + g * cg + c) * s.height() + iy) * s.width() + ix];
                                    }
                                }
                            }
                        }
                        out[((n * s.filters() + f) * oh + y) * ow + x] = acc + (bias == null ? 0 : bias[f]);
                    }
                }
            }
        }
        return out;
    }

    private static void checkInput(float[] input, ConvShape s) {
        if (input.length != s.inputSize()) {
            throw new IllegalArgumentException("convolution input: " + input.length + " values, expected N x C x H x W = "
                    + s.batch() + " x " + s.channels() + " x " + s.height() + " x " + s.width());
        }
    }

    private static void checkGroup(ConvShape s, int group) {
        if (group < 0 || group >= s.groups()) {
            throw new IllegalArgumentException("convolution: group " + group + " is outside 0.." + (s.groups() - 1));
        }
    }
}

package dintsim.models.conv;

/**
 * A 2-D convolution's geometry (NCHW input, OIHW weights, as ONNX and PyTorch store them) and the
 * GEMM it lowers to by im2col, one GEMM per group:
 * <ul>
 *   <li>M = batch x outHeight x outWidth, row m = (n x outHeight + oh) x outWidth + ow;</li>
 *   <li>K = channels/groups x kernelHeight x kernelWidth, column k = (c x kernelHeight + i) x kernelWidth + j
 *       (c counted within the group), the row-major order of one filter, so the weight matrix is the
 *       group's filters reshaped to (filters/groups) x K with no reordering;</li>
 *   <li>N = filters/groups, column o of group g is output channel g x N + o.</li>
 * </ul>
 * Output size: outHeight = (height + padTop + padBottom - dilationH x (kernelHeight - 1) - 1) / strideH + 1.
 */
public record ConvShape(int batch, int channels, int height, int width, int filters, int kernelHeight, int kernelWidth,
                        int strideH, int strideW, int padTop, int padLeft, int padBottom, int padRight,
                        int dilationH, int dilationW, int groups) {

    public ConvShape {
        positive("batch", batch);
        positive("channels", channels);
        positive("height", height);
        positive("width", width);
        positive("filters", filters);
        positive("kernel height", kernelHeight);
        positive("kernel width", kernelWidth);
        positive("stride", Math.min(strideH, strideW));
        positive("dilation", Math.min(dilationH, dilationW));
        positive("groups", groups);
        if (Math.min(Math.min(padTop, padLeft), Math.min(padBottom, padRight)) < 0) {
            throw new IllegalArgumentException("convolution: padding must be >= 0");
        }
        if (channels % groups != 0 || filters % groups != 0) {
            throw new IllegalArgumentException("convolution: " + channels + " channels and " + filters
                    + " filters must both be divisible by groups = " + groups);
        }
        // Fields are assigned only after this constructor body, so the output size is computed from the parameters.
        if (outSize(height, padTop + padBottom, dilationH, kernelHeight, strideH) < 1
                || outSize(width, padLeft + padRight, dilationW, kernelWidth, strideW) < 1) {
            throw new IllegalArgumentException("convolution: a " + kernelHeight + "x" + kernelWidth + " kernel (dilation "
                    + dilationH + "x" + dilationW + ") does not fit the padded " + height + "x" + width + " input");
        }
    }

    /** Unit stride and dilation, no padding, one group (SCALE-Sim's convolution). */
    public static ConvShape valid(int batch, int channels, int height, int width, int filters, int kernelHeight,
                                  int kernelWidth, int stride) {
        return new ConvShape(batch, channels, height, width, filters, kernelHeight, kernelWidth, stride, stride,
                0, 0, 0, 0, 1, 1, 1);
    }

    private static void positive(String what, int v) {
        if (v < 1) {
            throw new IllegalArgumentException("convolution: " + what + " is " + v + ", must be >= 1");
        }
    }

    private static int outSize(int in, int pad, int dilation, int kernel, int stride) {
        return Math.floorDiv(in + pad - dilation * (kernel - 1) - 1, stride) + 1;
    }

    public int outHeight() {
        return outSize(height, padTop + padBottom, dilationH, kernelHeight, strideH);
    }

    public int outWidth() {
        return outSize(width, padLeft + padRight, dilationW, kernelWidth, strideW);
    }

    /** GEMM rows: one per output pixel. */
    public int gemmM() {
        return Math.multiplyExact(batch, Math.multiplyExact(outHeight(), outWidth()));
    }

    /** GEMM depth: one filter's weights within a group. */
    public int gemmK() {
        return channels / groups * kernelHeight * kernelWidth;
    }

    /** GEMM columns: filters of one group. */
    public int gemmN() {
        return filters / groups;
    }

    /** Elements of the NCHW input. */
    public long inputSize() {
        return (long) batch * channels * height * width;
    }
}

package dintsim.traces.onnx;

import dintsim.models.conv.ConvShape;
import dintsim.models.conv.Im2col;
import java.util.Arrays;

/**
 * Conv input [N, C, H, W] lowered by im2col to the rows of one group's GEMM. The spatial size
 * comes from the captured tensor, so pads for auto_pad SAME_UPPER/SAME_LOWER are derived then,
 * as ONNX defines them.
 */
record ConvRows(int channels, int filters, int kernelH, int kernelW, int strideH, int strideW, int[] pads,
                int dilationH, int dilationW, int groups, String autoPad, int group) implements ActivationLowering {

    ConvShape shape(long[] input) {
        if (input.length != 4 || input[1] != channels) {
            throw new IllegalArgumentException("Conv input of shape " + Arrays.toString(input) + " is not [N, " + channels
                    + ", H, W]");
        }
        int h = (int) input[2];
        int w = (int) input[3];
        int[] p = pads;
        if (autoPad.startsWith("SAME")) {
            int[] ph = same(h, strideH, kernelH, dilationH, autoPad.equals("SAME_LOWER"));
            int[] pw = same(w, strideW, kernelW, dilationW, autoPad.equals("SAME_LOWER"));
            p = new int[] {ph[0], pw[0], ph[1], pw[1]};
        } else if (autoPad.equals("VALID")) {
            p = new int[4];
        }
        return new ConvShape((int) input[0], channels, h, w, filters, kernelH, kernelW, strideH, strideW,
                p[0], p[1], p[2], p[3], dilationH, dilationW, groups);
    }

    /** {begin, end} padding so that out = ceil(in / stride). */
    private static int[] same(int in, int stride, int kernel, int dilation, boolean lower) {
        int out = (in + stride - 1) / stride;
        int total = Math.max(0, (out - 1) * stride + (kernel - 1) * dilation + 1 - in);
        int small = total / 2;
        return lower ? new int[] {total - small, small} : new int[] {small, total - small};
    }

    @Override
    public float[] rows(float[] data, long[] shape) {
        return Im2col.activations(data, shape(shape), group);
    }

    @Override
    public String describe() {
        return "im2col: rows (n, oh, ow), columns (c, kh, kw)" + (groups > 1 ? ", group " + group + " of " + groups : "");
    }
}

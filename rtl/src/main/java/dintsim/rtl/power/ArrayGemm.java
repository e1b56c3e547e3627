package dintsim.rtl.power;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.traces.LayerTrace;

/**
 * The GEMM an array's gate-level run replays: activations M x K and weights N x K of one design.
 *
 * @param source      where the operands come from (reports and errors)
 * @param design      the MAC design, with the accumulator the array is built with
 * @param activations M x K codes
 * @param weights     N x K codes
 */
public record ArrayGemm(String source, MacDesign design, CodeMatrix activations, CodeMatrix weights) {
    public ArrayGemm {
        if (activations.cols() != weights.cols()) {
            throw new IllegalArgumentException(source + ": activations have K = " + activations.cols()
                    + ", weights K = " + weights.cols());
        }
    }

    /** MACs of the GEMM, M x K x N. */
    public long macs() {
        return (long) activations.rows() * activations.cols() * weights.rows();
    }

    /**
     * Part of a layer small enough for a gate-level run: its first {@code k} input channels, {@code n}
     * output channels spread evenly over N, and as many of its first rows as keep M x K x N within
     * {@code maxMacs} (at least one). Each bound is capped by the layer's own size.
     */
    public static ArrayGemm slice(LayerTrace trace, int k, int n, long maxMacs) {
        if (k < 1 || n < 1 || maxMacs < 1) {
            throw new IllegalArgumentException("layer " + trace.layer() + ": slice k = " + k + ", n = " + n
                    + ", maxMacs = " + maxMacs + " must all be >= 1");
        }
        int kk = Math.min(k, trace.k());
        int nn = Math.min(n, trace.n());
        int mm = (int) Math.max(1, Math.min(trace.m(), maxMacs / ((long) kk * nn)));
        CodeMatrix a = trace.activations();
        CodeMatrix w = trace.weights();
        byte[] as = new byte[mm * kk];
        for (int r = 0; r < mm; r++) {
            for (int c = 0; c < kk; c++) {
                as[r * kk + c] = (byte) a.code(r, c);
            }
        }
        byte[] ws = new byte[nn * kk];
        for (int j = 0; j < nn; j++) {
            int row = (int) ((long) j * trace.n() / nn);
            for (int c = 0; c < kk; c++) {
                ws[j * kk + c] = (byte) w.code(row, c);
            }
        }
        String part = mm + "x" + kk + "x" + nn + " of " + trace.m() + "x" + trace.k() + "x" + trace.n();
        return new ArrayGemm("layer " + trace.layer() + " (" + part + ")", trace.design(),
                new CodeMatrix(a.format(), mm, kk, as), new CodeMatrix(w.format(), nn, kk, ws));
    }
}

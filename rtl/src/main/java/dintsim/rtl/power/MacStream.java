package dintsim.rtl.power;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.traces.LayerTrace;
import java.util.SplittableRandom;

/**
 * The operands one MAC unit sees, cycle by cycle: a weight code, an activation code and the
 * partial sum coming in (the MAC computes {@code psumIn + w * a}, as a weight-stationary PE does).
 *
 * @param source     where the operands come from (for reports and errors)
 * @param weight     weight code per cycle
 * @param activation activation code per cycle
 * @param psumIn     incoming partial sum per cycle, in accumulator units
 */
public record MacStream(String source, int[] weight, int[] activation, long[] psumIn) {
    public MacStream {
        if (weight.length != activation.length || weight.length != psumIn.length || weight.length == 0) {
            throw new IllegalArgumentException(source + ": operand arrays must be non-empty and equally long");
        }
    }

    public int length() {
        return weight.length;
    }

    /**
     * The order a PE of a weight-stationary array sees a layer in: for output channel n and input
     * index k the weight W[n][k] stays while the activations A[m][k] of every row m stream past,
     * each with its true partial sum sum_{k'<k} W[n][k'] A[m][k'] (wrapped to the accumulator).
     * Output channels are taken evenly spread over N while whole channels fit in {@code maxMacs};
     * when not even one fits, the stream is the first {@code maxMacs} MACs of the first channel
     * (every weight still held for all M activations).
     */
    public static MacStream weightStationary(LayerTrace trace, long maxMacs) {
        return weightStationary(trace.design(), trace.accumulator(), trace.activations(), trace.weights(),
                "layer " + trace.layer(), maxMacs);
    }

    /**
     * The same for activations {@code a} (M x K) and weights {@code w} (N x K) of a GEMM named
     * {@code gemm} in the stream's source.
     */
    public static MacStream weightStationary(MacDesign design, AccumulatorSpec acc, CodeMatrix a, CodeMatrix w,
                                             String gemm, long maxMacs) {
        int m = a.rows();
        int k = a.cols();
        int nAll = w.rows();
        long perChannel = (long) m * k;
        int channels = (int) Math.max(1, Math.min(nAll, maxMacs / perChannel));
        if (perChannel * channels > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(gemm + ": " + perChannel + " MACs per output channel, too many");
        }
        int len = (int) Math.min(perChannel * channels, Math.max(1, maxMacs));
        int[] ws = new int[len];
        int[] as = new int[len];
        long[] ps = new long[len];
        long[] psum = new long[m];
        int i = 0;
        for (int c = 0; c < channels; c++) {
            int n = (int) ((long) c * nAll / channels);
            java.util.Arrays.fill(psum, 0);
            for (int kk = 0; kk < k; kk++) {
                int wc = w.code(n, kk);
                for (int r = 0; r < m && i < len; r++) {
                    int ac = a.code(r, kk);
                    ws[i] = wc;
                    as[i] = ac;
                    ps[i] = psum[r];
                    psum[r] = acc.wrap(psum[r] + design.product(wc, ac));
                    i++;
                }
            }
        }
        String part = len < perChannel * channels ? len + " MACs of 1" : channels + " of " + nAll + " channels";
        return new MacStream(gemm + " (" + design.name() + ", " + part
                + ", weight-stationary order)", ws, as, ps);
    }

    /** Uniformly random valid codes and partial sums (tests). */
    public static MacStream random(MacDesign design, int length, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        var wCodes = design.weightFormat().codePoints();
        var aCodes = design.activationFormat().codePoints();
        AccumulatorSpec acc = design.accumulator();
        int[] ws = new int[length];
        int[] as = new int[length];
        long[] ps = new long[length];
        long half = Math.min(acc.max(), 1L << 20);
        for (int i = 0; i < length; i++) {
            ws[i] = wCodes.get(rnd.nextInt(wCodes.size())).code();
            as[i] = aCodes.get(rnd.nextInt(aCodes.size())).code();
            ps[i] = rnd.nextLong(-half, half);
        }
        return new MacStream("random " + design.name() + " seed " + seed, ws, as, ps);
    }

    /** Cycles {@code from} (inclusive) to {@code to} (exclusive) of this stream. */
    public MacStream slice(int from, int to, String label) {
        return new MacStream(source + " " + label, java.util.Arrays.copyOfRange(weight, from, to),
                java.util.Arrays.copyOfRange(activation, from, to), java.util.Arrays.copyOfRange(psumIn, from, to));
    }

    /** The streams one after the other. */
    public static MacStream concat(java.util.List<MacStream> streams) {
        if (streams.size() == 1) {
            return streams.get(0);
        }
        int n = streams.stream().mapToInt(MacStream::length).sum();
        int[] ws = new int[n];
        int[] as = new int[n];
        long[] ps = new long[n];
        int i = 0;
        StringBuilder label = new StringBuilder();
        for (MacStream s : streams) {
            System.arraycopy(s.weight, 0, ws, i, s.length());
            System.arraycopy(s.activation, 0, as, i, s.length());
            System.arraycopy(s.psumIn, 0, ps, i, s.length());
            i += s.length();
            label.append(label.length() == 0 ? "" : " + ").append(s.source);
        }
        return new MacStream(label.toString(), ws, as, ps);
    }
}

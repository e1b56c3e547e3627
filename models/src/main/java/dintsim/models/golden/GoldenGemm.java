package dintsim.models.golden;

import dintsim.models.mac.AccumulatorOverflowException;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The bit-exact reference for every model in dintsim: O[m][n] = sum over k, in ascending k, of
 * product(W[n][k], A[m][k]), accumulated under the design's accumulator policy at every step.
 *
 * <p>When the accumulator cannot overflow for this K (the default designs), the order does not
 * matter and a fast blocked kernel computes the exact sums. Otherwise each output is
 * accumulated step by step so that saturation, wrap-around and errors happen exactly where the
 * hardware would see them.
 */
public final class GoldenGemm {
    private GoldenGemm() {
    }

    /** activations: M x K, weights: N x K; returns M x N. */
    public static GemmResult multiply(MacDesign design, CodeMatrix activations, CodeMatrix weights) {
        checkShapes(design, activations, weights);
        int m = activations.rows();
        int k = activations.cols();
        int n = weights.rows();
        int[] out = new int[m * n];
        if (design.cannotOverflow(k) && design.productShift() >= 0) {
            IntGemm.multiply(activations.fixedValues(), weights.fixedValues(), m, k, n, out);
            int shift = design.productShift();
            if (shift > 0) {
                for (int i = 0; i < out.length; i++) {
                    out[i] <<= shift;
                }
            }
            return new GemmResult(design, m, n, out, 0);
        }
        return stepwise(design, activations, weights, out);
    }

    private static GemmResult stepwise(MacDesign design, CodeMatrix a, CodeMatrix w, int[] out) {
        int n = w.rows();
        AccumulatorSpec acc = design.accumulator();
        AtomicLong overflowed = new AtomicLong();
        // Rows run in parallel; under ERROR the reported overflow must not depend on thread timing,
        // so each row keeps its own first error and the first row (row-major order) wins.
        AccumulatorOverflowException[] firstError = new AccumulatorOverflowException[a.rows()];
        IntStream.range(0, a.rows()).parallel().forEach(row -> {
            try {
                overflowed.addAndGet(stepwiseRow(design, acc, a, w, out, row));
            } catch (AccumulatorOverflowException e) {
                firstError[row] = e;
            }
        });
        for (AccumulatorOverflowException e : firstError) {
            if (e != null) {
                throw e;
            }
        }
        return new GemmResult(design, a.rows(), n, out, overflowed.get());
    }

    /** Accumulates one output row step by step; returns how many of its outputs overflowed. */
    private static long stepwiseRow(MacDesign design, AccumulatorSpec acc, CodeMatrix a, CodeMatrix w, int[] out, int row) {
        int k = a.cols();
        int n = w.rows();
        long local = 0;
        for (int col = 0; col < n; col++) {
            long sum = 0;
            boolean over = false;
            for (int i = 0; i < k; i++) {
                long p = design.product(w.code(col, i), a.code(row, i));
                long exact = sum + p;
                final int step = i;
                final int c = col;
                final long before = sum;
                sum = acc.add(sum, p, () -> String.format(Locale.ROOT, "output [%d][%d], k = %d (partial sum %d)",
                        row, c, step, before));
                over |= sum != exact;
            }
            out[row * n + col] = (int) sum;
            if (over) {
                local++;
            }
        }
        return local;
    }

    private static void checkShapes(MacDesign design, CodeMatrix a, CodeMatrix w) {
        if (a.format() != design.activationFormat() && !a.format().name().equals(design.activationFormat().name())) {
            throw new IllegalArgumentException("design " + design.name() + ": activations are " + a.format().name()
                    + ", expected " + design.activationFormat().name());
        }
        if (w.format() != design.weightFormat() && !w.format().name().equals(design.weightFormat().name())) {
            throw new IllegalArgumentException("design " + design.name() + ": weights are " + w.format().name()
                    + ", expected " + design.weightFormat().name());
        }
        if (a.cols() != w.cols()) {
            throw new IllegalArgumentException("GEMM shapes disagree: activations are " + a.rows() + " x " + a.cols()
                    + " (M x K), weights " + w.rows() + " x " + w.cols() + " (N x K): K differs");
        }
    }
}

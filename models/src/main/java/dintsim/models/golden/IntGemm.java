package dintsim.models.golden;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Exact int GEMM of small signed fixed values: out[m][n] = sum_k a[m][k] * w[n][k], with a (M x K)
 * and w (N x K) row-major bytes. Callers guarantee the sums fit in an int. Exact for every byte
 * input, including -128 x -128.
 *
 * <p>Two paths, same results: {@link VectorIntGemm} (tens of GMAC/s once the JIT has compiled it)
 * and a plain parallel loop (about 1.5 GMAC per CPU-second, but fast from the first call). The Vector
 * API costs a few seconds per JVM before it is compiled, so small products (a test's, a tile's)
 * take the plain loop until the vector path is warm, and large ones, where that one-time cost
 * is small beside the plain loop's time, take the vector path at once. A JVM that keeps asking
 * for small products (a long replay) switches too, once the plain loop has spent about as long
 * as the warm-up would take.
 */
public final class IntGemm {
    /** From this many MACs a cold vector path still beats the plain loop (warm-up of ~3 s vs ~1-2 GMAC/s). */
    static final long COLD_VECTOR_MIN_MACS = 1L << 32;
    /** After this many MACs on the vector path in this JVM, C2 has compiled it. */
    static final long WARM_AFTER_MACS = 1L << 28;
    /** After this many MACs on the plain loop in this JVM, paying the vector warm-up is worth it. */
    static final long PLAIN_BUDGET_MACS = 1L << 32;
    /** Rows per task of the plain loop. */
    private static final int ROW_BLOCK = 16;
    private static final AtomicLong PLAIN_MACS_DONE = new AtomicLong();

    private IntGemm() {
    }

    /** out (length m*n, row-major M x N) = a (M x K) times the transpose of w (N x K). */
    public static void multiply(byte[] a, byte[] w, int m, int k, int n, int[] out) {
        checkArguments(a, w, m, k, n, out);
        long macs = (long) m * k * n;
        if (useVector(macs, VectorIntGemm.macsDone(), PLAIN_MACS_DONE.get())) {
            VectorIntGemm.multiply(a, w, m, k, n, out);
        } else {
            multiplyPlain(a, w, m, k, n, out);
            PLAIN_MACS_DONE.addAndGet(macs);
        }
    }

    /** Which path {@link #multiply} takes now for an M x K x N product: true for the vector path. */
    public static boolean choosesVector(int m, int k, int n) {
        return useVector((long) m * k * n, VectorIntGemm.macsDone(), PLAIN_MACS_DONE.get());
    }

    /**
     * True when the vector path is the better one for a product of {@code macs} MACs, given the
     * MACs this JVM has done so far on each path.
     */
    static boolean useVector(long macs, long vectorMacsDone, long plainMacsDone) {
        return macs >= COLD_VECTOR_MIN_MACS || vectorMacsDone >= WARM_AFTER_MACS
                || plainMacsDone >= PLAIN_BUDGET_MACS;
    }

    /**
     * The plain path alone (a row-parallel triple loop, compiled by C2 within milliseconds): what
     * {@link #multiply} uses for small products while the vector path is cold, and the baseline
     * the benchmark compares against.
     */
    public static void multiplyPlain(byte[] a, byte[] w, int m, int k, int n, int[] out) {
        checkArguments(a, w, m, k, n, out);
        int blocks = (m + ROW_BLOCK - 1) / ROW_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int end = Math.min(m, (b + 1) * ROW_BLOCK);
            for (int row = b * ROW_BLOCK; row < end; row++) {
                int aBase = row * k;
                for (int col = 0; col < n; col++) {
                    int wBase = col * k;
                    int sum = 0;
                    for (int i = 0; i < k; i++) {
                        sum += a[aBase + i] * w[wBase + i];
                    }
                    out[row * n + col] = sum;
                }
            }
        });
    }

    static void checkArguments(byte[] a, byte[] w, int m, int k, int n, int[] out) {
        if (m <= 0 || k <= 0 || n <= 0) {
            throw new IllegalArgumentException("golden GEMM: shape M x K x N = " + m + " x " + k + " x " + n
                    + " must be positive");
        }
        checkLength("activations (M x K)", a.length, (long) m * k);
        checkLength("weights (N x K)", w.length, (long) n * k);
        checkLength("output (M x N)", out.length, (long) m * n);
    }

    private static void checkLength(String what, int actual, long expected) {
        if (actual != expected) {
            throw new IllegalArgumentException("golden GEMM: " + what + " array has " + actual + " elements, expected "
                    + expected);
        }
    }
}

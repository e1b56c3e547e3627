package dintsim.models.golden;

import java.util.stream.IntStream;

/**
 * Exact int GEMM of small signed fixed values: out[m][n] = sum_k a[m][k] * w[n][k]. Callers
 * guarantee the sums fit in an int. Blocked over rows and run on all cores.
 */
final class IntGemm {
    private static final int ROW_BLOCK = 16;

    private IntGemm() {
    }

    static void multiply(byte[] a, byte[] w, int m, int k, int n, int[] out) {
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
}

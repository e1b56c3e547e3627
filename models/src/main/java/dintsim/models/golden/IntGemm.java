package dintsim.models.golden;

import java.util.stream.IntStream;

/**
 * Exact int GEMM of small signed fixed values: out[m][n] = sum_k a[m][k] * w[n][k], with a (M x K)
 * and w (N x K) row-major bytes. Callers guarantee the sums fit in an int. Exact for every byte
 * input, including -128 x -128.
 *
 * <p>How: both operands are re-laid once (O(MK + NK)) as 16-bit (k even, k odd) pairs, the
 * O(MKN) work runs in {@link PairTileKernel} on 4-row x panel register tiles, and tiles are
 * spread over all cores. Products are summed in 16-bit lanes for as many k pairs as the actual
 * max |a| * max |w| of the operands allows (21 for int8 x dINT4 with s = 0.5, 1 for int8 x int8)
 * and then widened, so small weights run fastest and wide ones stay exact.
 */
public final class IntGemm {
    /** Rows of A per parallel task (a multiple of the tile height). */
    private static final int ROWS_PER_TASK = 64;

    private IntGemm() {
    }

    /** out (length m*n, row-major M x N) = a (M x K) times the transpose of w (N x K). */
    public static void multiply(byte[] a, byte[] w, int m, int k, int n, int[] out) {
        checkArguments(a, w, m, k, n, out);
        PackedActivations pa = new PackedActivations(a, m, k);
        PackedWeights pw = new PackedWeights(w, n, k);
        multiply(pa, pw, out);
    }

    /**
     * Pair steps that may be summed in a 16-bit lane without overflow: chunk * maxProduct <= 32767.
     * Never below 1: a single product of bytes is at most 128 * 128 = 16384.
     */
    static int chunkPairs(int maxAbsA, int maxAbsW, int pairs) {
        int maxProduct = maxAbsA * maxAbsW;
        int chunk = maxProduct == 0 ? pairs : Short.MAX_VALUE / maxProduct;
        return Math.max(1, Math.min(chunk, pairs));
    }

    private static void multiply(PackedActivations pa, PackedWeights pw, int[] out) {
        int chunk = chunkPairs(pa.maxAbs, pw.maxAbs, pa.pairs);
        int rowTasks = (pa.rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        // Panel-major task order: consecutive tasks reuse the same weight panel from cache.
        IntStream.range(0, pw.panels * rowTasks).parallel().forEach(t -> {
            int panel = t / rowTasks;
            int firstRow = (t % rowTasks) * ROWS_PER_TASK;
            int lastRow = Math.min(pa.rows, firstRow + ROWS_PER_TASK);
            runTask(pa, pw, panel, firstRow, lastRow, chunk, out);
        });
    }

    private static void runTask(PackedActivations pa, PackedWeights pw, int panel, int firstRow, int lastRow,
            int chunk, int[] out) {
        int panelCols = PairLayout.PANEL_COLS;
        PairTileKernel.Scratch scratch = new PairTileKernel.Scratch();
        int[] tile = scratch.tile;
        int col0 = panel * panelCols;
        int cols = Math.min(panelCols, pw.cols - col0);
        for (int row = firstRow; row < lastRow; row += PairLayout.TILE_ROWS) {
            PairTileKernel.compute(pa.data, pa.pairs, row, pw.data, pw.panelOffset(panel), pa.pairs, chunk, scratch);
            int rows = Math.min(PairLayout.TILE_ROWS, lastRow - row);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(tile, r * panelCols, out, (row + r) * pw.cols + col0, cols);
            }
        }
    }

    private static void checkArguments(byte[] a, byte[] w, int m, int k, int n, int[] out) {
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

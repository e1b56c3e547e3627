package dintsim.models.golden;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The Vector API path of {@link IntGemm}: both operands are re-laid once (O(MK + NK)) as 16-bit
 * (k even, k odd) pairs, the O(MKN) work runs in {@link PairTileKernel} on 4-row x panel
 * register tiles, and tiles are spread over all cores. Products are summed in 16-bit lanes for
 * as many k pairs as the actual max |a| * max |w| of the operands allows (21 for int8 x dINT4
 * with s = 0.5, 10 for 4-bit fixed values up to 24) and then widened; int8 weights take the same
 * path after splitting into nibbles ({@link WeightNibbles}). Exact for every byte input (see
 * {@link PairTileKernel}).
 *
 * <p>Fast only once C2 has compiled it: the Vector API runs about a thousand times slower in the
 * interpreter and C1, a one-time cost of a few seconds per JVM. {@link IntGemm} therefore sends
 * small products elsewhere until this path has done enough work to be compiled.
 */
public final class VectorIntGemm {
    /** Rows of A per parallel task (a multiple of the tile height). */
    private static final int ROWS_PER_TASK = 64;
    private static final AtomicLong MACS_DONE = new AtomicLong();

    private VectorIntGemm() {
    }

    /**
     * out (length m*n, row-major M x N) = a (M x K) times the transpose of w (N x K); the sums must
     * fit in an int. Arguments are checked as in {@link IntGemm#multiply}.
     */
    public static void multiply(byte[] a, byte[] w, int m, int k, int n, int[] out) {
        IntGemm.checkArguments(a, w, m, k, n, out);
        PackedActivations pa = new PackedActivations(a, m, k);
        PackedWeights pw = new PackedWeights(w, n, k);
        int chunk = chunkPairs(pa.maxAbs, pw.maxAbs, pa.pairs);
        if (chunk < PairTileKernel.MIN_NARROW_CHUNK && WeightNibbles.narrowEnough(pa.maxAbs, pa.pairs)) {
            multiplySplit(pa, w, n, k, out);
        } else {
            multiplyPacked(pa, pw, chunk, out);
        }
        MACS_DONE.addAndGet((long) m * k * n);
    }

    /**
     * Wide weights (int8): w = 16 * high + low with high in [-8, 7] and low in [0, 15], so both
     * halves take the narrow 16-bit path, and out = 16 * (A x high) + (A x low). Exact: both
     * products are exact modulo 2^32, so is their combination, and the caller's sums fit an int.
     */
    private static void multiplySplit(PackedActivations pa, byte[] w, int n, int k, int[] out) {
        WeightNibbles nibbles = new WeightNibbles(w);
        PackedWeights high = new PackedWeights(nibbles.high(), n, k);
        multiplyPacked(pa, high, chunkPairs(pa.maxAbs, high.maxAbs, pa.pairs), out);
        PackedWeights low = new PackedWeights(nibbles.low(), n, k);
        int[] lowOut = new int[out.length];
        multiplyPacked(pa, low, chunkPairs(pa.maxAbs, low.maxAbs, pa.pairs), lowOut);
        WeightNibbles.combine(out, lowOut);
    }

    /** out = the packed product, tiles spread over all cores. */
    private static void multiplyPacked(PackedActivations pa, PackedWeights pw, int chunk, int[] out) {
        int m = pa.rows;
        int rowTasks = (m + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        // Panel-major task order: consecutive tasks reuse the same weight panel from cache.
        IntStream.range(0, pw.panels * rowTasks).parallel().forEach(t -> {
            int panel = t / rowTasks;
            int firstRow = (t % rowTasks) * ROWS_PER_TASK;
            runTask(pa, pw, panel, firstRow, Math.min(m, firstRow + ROWS_PER_TASK), chunk, out);
        });
    }

    /** Multiply-accumulates this path has done in this JVM (a proxy for "the JIT has compiled it"). */
    static long macsDone() {
        return MACS_DONE.get();
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
}

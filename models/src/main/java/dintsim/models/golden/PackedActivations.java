package dintsim.models.golden;

import java.util.stream.IntStream;

/**
 * Activations (M x K bytes) re-laid for the pair kernel: row r, pair p is one int holding
 * a[r][2p] and a[r][2p+1] as 16-bit halves, so one broadcast feeds a whole vector of outputs.
 * Rows are padded with zeros to a multiple of the tile height. Built once, O(MK).
 */
final class PackedActivations {
    final int rows;
    final int pairs;
    final int[] data;
    /** Largest |a| in the matrix (bounds the 16-bit partial sums). */
    final int maxAbs;

    PackedActivations(byte[] a, int m, int k) {
        this.rows = m;
        this.pairs = PairLayout.pairs(k);
        long size = (long) roundUp(m, PairLayout.TILE_ROWS) * pairs;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("golden GEMM: activation matrix " + m + " x " + k
                    + " is too large to pack (" + size + " pairs, at most " + (Integer.MAX_VALUE - 16) + ")");
        }
        this.data = new int[(int) size];
        this.maxAbs = IntStream.range(0, m).parallel().map(r -> packRow(a, r, k)).max().orElse(0);
    }

    private int packRow(byte[] a, int r, int k) {
        int src = r * k;
        int dst = r * pairs;
        int max = 0;
        for (int p = 0; p < pairs; p++) {
            byte lo = a[src + 2 * p];
            byte hi = 2 * p + 1 < k ? a[src + 2 * p + 1] : 0;
            data[dst + p] = PairLayout.pack(lo, hi);
            max = Math.max(max, Math.max(Math.abs(lo), Math.abs(hi)));
        }
        return max;
    }

    static long roundUp(int x, int multiple) {
        return ((long) x + multiple - 1) / multiple * multiple;
    }
}

package dintsim.models.golden;

import java.util.stream.IntStream;

/**
 * Weights (N x K bytes) re-laid for the pair kernel as panels of {@link PairLayout#PANEL_COLS}
 * output columns: panel q, pair p holds, for each column j of the panel, the 16-bit pair
 * (w[n][2p], w[n][2p+1]) with n = q * PANEL_COLS + j. One pair step of a panel is then
 * TILE_VECTORS contiguous vector loads. Missing columns and the odd k tail are zeros. O(NK).
 */
final class PackedWeights {
    final int cols;
    final int pairs;
    final int panels;
    final short[] data;
    /** Largest |w| in the matrix (bounds the 16-bit partial sums). */
    final int maxAbs;

    PackedWeights(byte[] w, int n, int k) {
        this.cols = n;
        this.pairs = PairLayout.pairs(k);
        this.panels = (n + PairLayout.PANEL_COLS - 1) / PairLayout.PANEL_COLS;
        long size = 2L * panels * pairs * PairLayout.PANEL_COLS;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("golden GEMM: weight matrix " + n + " x " + k
                    + " is too large to pack (" + size + " 16-bit values, at most " + (Integer.MAX_VALUE - 16) + ")");
        }
        this.data = new short[(int) size];
        this.maxAbs = IntStream.range(0, panels).parallel().map(q -> packPanel(w, q, k)).max().orElse(0);
    }

    /** Offset of panel q's first pair step in {@link #data}. */
    int panelOffset(int q) {
        return 2 * q * pairs * PairLayout.PANEL_COLS;
    }

    private int packPanel(byte[] w, int q, int k) {
        int max = 0;
        int base = panelOffset(q);
        for (int j = 0; j < PairLayout.PANEL_COLS; j++) {
            int n = q * PairLayout.PANEL_COLS + j;
            if (n >= cols) {
                break; // the array is zero already
            }
            int src = n * k;
            for (int i = 0; i < k; i++) {
                byte v = w[src + i];
                data[base + ((i >> 1) * PairLayout.PANEL_COLS + j) * 2 + (i & 1)] = v;
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}

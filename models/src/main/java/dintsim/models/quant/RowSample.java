package dintsim.models.quant;

/**
 * Deterministic, evenly strided subsets of row indices: the searches and metrics look at a
 * bounded number of tokens or channels so that LLM-sized layers stay fast, and a stride (not a
 * random draw) keeps the choice reproducible and spread over the whole sequence.
 */
public final class RowSample {
    private RowSample() {
    }

    /** At most {@code limit} indices out of 0..total-1, evenly spaced, ascending; all if total <= limit. */
    public static int[] strided(int total, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("sample size must be positive, got " + limit);
        }
        int n = Math.min(total, limit);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) ((long) i * total / n);
        }
        return out;
    }

    /**
     * Rows and channels for an m x n x k product that stays within {@code macBudget}
     * multiply-adds: rows first (at most {@code maxRows}), then as many channels as fit (at least 64).
     */
    public static int[][] forProduct(int m, int n, int k, int maxRows, long macBudget) {
        int[] rows = strided(m, maxRows);
        long perChannel = (long) rows.length * k;
        int channels = (int) Math.max(Math.min(64, n), Math.min(n, macBudget / Math.max(1, perChannel)));
        return new int[][] {rows, strided(n, channels)};
    }
}

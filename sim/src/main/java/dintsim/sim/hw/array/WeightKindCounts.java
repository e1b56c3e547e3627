package dintsim.sim.hw.array;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacKind;
import dintsim.sim.hw.mac.ProductTable;

/**
 * How many weights of each MAC kind lie in each (output channel n, k-tile) cell: one pass over
 * W, so that the fast mode can count the MACs of any fold by kind without touching W again.
 */
public final class WeightKindCounts {
    private final int kTiles;
    private final int[] counts; // [n][kTile][kind]

    WeightKindCounts(CodeMatrix weights, ProductTable table, int tileRows) {
        int n = weights.rows();
        int k = weights.cols();
        this.kTiles = (k + tileRows - 1) / tileRows;
        this.counts = new int[n * kTiles * MacKind.COUNT];
        int[] kindOfCode = new int[256];
        for (int c = 0; c < table.design().weightFormat().codeCount(); c++) {
            kindOfCode[c] = table.kind(c);
        }
        byte[] codes = weights.codes();
        for (int ni = 0; ni < n; ni++) {
            int row = ni * k;
            for (int kt = 0; kt < kTiles; kt++) {
                int cell = (ni * kTiles + kt) * MacKind.COUNT;
                int end = Math.min(k, (kt + 1) * tileRows);
                for (int ki = kt * tileRows; ki < end; ki++) {
                    counts[cell + kindOfCode[codes[row + ki] & 0xFF]]++;
                }
            }
        }
    }

    /** Adds the kind counts of channels [n0, n0 + count) and k-tile kt into {@code into}. */
    public void addTile(int n0, int count, int kt, long[] into) {
        for (int ni = n0; ni < n0 + count; ni++) {
            int cell = (ni * kTiles + kt) * MacKind.COUNT;
            for (int kind = 0; kind < MacKind.COUNT; kind++) {
                into[kind] += counts[cell + kind];
            }
        }
    }

    /** Adds the kind counts of channels [n0, n0 + count) over all of K into {@code into}. */
    public void addChannels(int n0, int count, long[] into) {
        for (int kt = 0; kt < kTiles; kt++) {
            addTile(n0, count, kt, into);
        }
    }
}

package dintsim.sim.scalesim;

/**
 * One row of a SCALE-Sim topology, as SCALE-Sim maps it to a GEMM O[M][N] = A[M][K] W[K][N]:
 * M = output pixels, K = filter window (height x width x channels), N = filters. A GEMM row
 * (M, N, K) is SCALE-Sim's convolution of an M x K ifmap with N filters of 1 x K, one channel,
 * stride 1. Output size is SCALE-Sim's {@code ceil((H - R + S) / S)}, not a convolution's
 * {@code floor((H - R) / S) + 1}: one more row or column when H - R is not a multiple of S.
 */
public record ScaleSimLayer(String name, int ifmapHeight, int ifmapWidth, int filterHeight, int filterWidth, int channels,
                            int filters, int strideHeight, int strideWidth) {

    /** A GEMM row of an M, N, K topology. */
    public static ScaleSimLayer gemm(String name, int m, int n, int k) {
        return new ScaleSimLayer(name, m, k, 1, k, 1, n, 1, 1);
    }

    public int ofmapHeight() {
        return ceilDiv(ifmapHeight - filterHeight + strideHeight, strideHeight);
    }

    public int ofmapWidth() {
        return ceilDiv(ifmapWidth - filterWidth + strideWidth, strideWidth);
    }

    public int m() {
        return Math.multiplyExact(ofmapHeight(), ofmapWidth());
    }

    public int k() {
        return Math.multiplyExact(Math.multiplyExact(filterHeight, filterWidth), channels);
    }

    public int n() {
        return filters;
    }

    /** SCALE-Sim's num_compute: output pixels x filters x window. */
    public long macs() {
        return (long) m() * k() * n();
    }

    private static int ceilDiv(int a, int b) {
        return Math.floorDiv(a + b - 1, b);
    }
}

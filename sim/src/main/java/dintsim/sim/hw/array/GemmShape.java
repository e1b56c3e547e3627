package dintsim.sim.hw.array;

/**
 * A GEMM O[M][N] = A[M][K] x W[K][N] (the trace stores W as N x K).
 */
public record GemmShape(int m, int k, int n) {
    public GemmShape {
        if (m <= 0 || k <= 0 || n <= 0) {
            throw new IllegalArgumentException("GEMM shape " + m + " x " + k + " x " + n + " (M x K x N) must be positive");
        }
    }

    public long macs() {
        return (long) m * k * n;
    }
}

package dintsim.sim.hw.array;

/** A dimension of the GEMM O[M][N] = A[M][K] x W[K][N]: what a dataflow maps to rows, columns or time. */
public enum GemmDim {
    M, K, N;

    public int extent(GemmShape gemm) {
        return switch (this) {
            case M -> gemm.m();
            case K -> gemm.k();
            case N -> gemm.n();
        };
    }
}

package dintsim.models.golden;

import dintsim.models.mac.MacDesign;

/**
 * Output of a GEMM: M x N accumulator values (units 2^-fractionBits of the design's
 * accumulator), row-major, and how many outputs overflowed at some step (saturated or wrapped).
 */
public record GemmResult(MacDesign design, int rows, int cols, int[] values, long overflowedOutputs) {
    public int value(int m, int n) {
        return values[m * cols + n];
    }
}

package dintsim.models.quant;

import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one FP32 matrix product of dintsim: C = A B^T with K contiguous in both operands
 * (activations M x K times weights N x K), the shape of every linear layer, used by the quantizer
 * and by the MiniLM forward pass. A 4 x 2 register block (4 rows x 2 output channels) reuses each
 * vector load two or four times; blocks of 4 rows run in parallel. Every output is summed in the
 * same fixed order (vector lanes, lane reduction, then the K tail) whichever path computes it, so
 * results depend neither on the thread count nor on the blocking. The Vector API species is a
 * static constant (the JIT only vectorises it then) of fixed width, so results do not depend on
 * the machine either. Summation order differs from ONNX Runtime's: agreement is to float
 * rounding, not bit for bit.
 */
public final class MatMul {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;

    private MatMul() {
    }

    /** a is m x k, b is n x k (row-major); returns m x n. */
    public static float[] timesTransposed(float[] a, int m, float[] b, int n, int k) {
        float[] c = new float[m * n];
        IntStream.range(0, (m + 3) / 4).parallel().forEach(block -> rowBlock(a, block * 4, Math.min(4, m - block * 4), b, n, k, c));
        return c;
    }

    /** {@code Y = X W^T + bias}: x is t x k, w is n x k, bias has n values (or is null); returns t x n. */
    public static float[] linear(float[] x, int t, int k, float[] w, float[] bias, int n) {
        float[] y = timesTransposed(x, t, w, n, k);
        if (bias != null) {
            for (int i = 0; i < t; i++) {
                for (int j = 0; j < n; j++) {
                    y[i * n + j] += bias[j];
                }
            }
        }
        return y;
    }

    /** Dot product of a[aOff, aOff + k) and b[bOff, bOff + k), in the order every output uses. */
    public static float dot(float[] a, int aOff, float[] b, int bOff, int k) {
        int kVec = SPECIES.loopBound(k);
        FloatVector acc = FloatVector.zero(SPECIES);
        for (int p = 0; p < kVec; p += SPECIES.length()) {
            acc = FloatVector.fromArray(SPECIES, a, aOff + p).fma(FloatVector.fromArray(SPECIES, b, bOff + p), acc);
        }
        float s = acc.reduceLanes(VectorOperators.ADD);
        for (int p = kVec; p < k; p++) {
            s += a[aOff + p] * b[bOff + p];
        }
        return s;
    }

    /** Rows [row0, row0 + rows) of C; rows is 4 except in the last block. */
    private static void rowBlock(float[] a, int row0, int rows, float[] b, int n, int k, float[] c) {
        int j = 0;
        if (rows == 4) {
            for (; j + 1 < n; j += 2) {
                block4x2(a, row0 * k, k, b, j * k, (j + 1) * k, c, row0 * n + j, n);
            }
        }
        for (int r = row0; r < row0 + rows; r++) {
            for (int col = j; col < n; col++) {
                c[r * n + col] = dot(a, r * k, b, col * k, k);
            }
        }
    }

    private static void block4x2(float[] x, int x0, int k, float[] w, int w0, int w1, float[] y, int y0, int n) {
        int kVec = SPECIES.loopBound(k);
        FloatVector a00 = FloatVector.zero(SPECIES), a01 = FloatVector.zero(SPECIES);
        FloatVector a10 = FloatVector.zero(SPECIES), a11 = FloatVector.zero(SPECIES);
        FloatVector a20 = FloatVector.zero(SPECIES), a21 = FloatVector.zero(SPECIES);
        FloatVector a30 = FloatVector.zero(SPECIES), a31 = FloatVector.zero(SPECIES);
        int x1 = x0 + k, x2 = x1 + k, x3 = x2 + k;
        for (int p = 0; p < kVec; p += SPECIES.length()) {
            FloatVector v0 = FloatVector.fromArray(SPECIES, w, w0 + p);
            FloatVector v1 = FloatVector.fromArray(SPECIES, w, w1 + p);
            FloatVector u = FloatVector.fromArray(SPECIES, x, x0 + p);
            a00 = u.fma(v0, a00);
            a01 = u.fma(v1, a01);
            u = FloatVector.fromArray(SPECIES, x, x1 + p);
            a10 = u.fma(v0, a10);
            a11 = u.fma(v1, a11);
            u = FloatVector.fromArray(SPECIES, x, x2 + p);
            a20 = u.fma(v0, a20);
            a21 = u.fma(v1, a21);
            u = FloatVector.fromArray(SPECIES, x, x3 + p);
            a30 = u.fma(v0, a30);
            a31 = u.fma(v1, a31);
        }
        float[] s = {a00.reduceLanes(VectorOperators.ADD), a01.reduceLanes(VectorOperators.ADD),
                a10.reduceLanes(VectorOperators.ADD), a11.reduceLanes(VectorOperators.ADD),
                a20.reduceLanes(VectorOperators.ADD), a21.reduceLanes(VectorOperators.ADD),
                a30.reduceLanes(VectorOperators.ADD), a31.reduceLanes(VectorOperators.ADD)};
        for (int p = kVec; p < k; p++) {
            float v0 = w[w0 + p], v1 = w[w1 + p];
            s[0] += x[x0 + p] * v0;
            s[1] += x[x0 + p] * v1;
            s[2] += x[x1 + p] * v0;
            s[3] += x[x1 + p] * v1;
            s[4] += x[x2 + p] * v0;
            s[5] += x[x2 + p] * v1;
            s[6] += x[x3 + p] * v0;
            s[7] += x[x3 + p] * v1;
        }
        for (int r = 0; r < 4; r++) {
            y[y0 + r * n] = s[2 * r];
            y[y0 + r * n + 1] = s[2 * r + 1];
        }
    }
}

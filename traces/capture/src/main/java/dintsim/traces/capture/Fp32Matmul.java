package dintsim.traces.capture;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * FP32 {@code Y = X W^T + b} with both operands row-major over K, so every output is a dot
 * product of two contiguous rows. A 4 x 2 register block (4 tokens x 2 output channels) reuses
 * each vector load twice or four times; the Vector API does the FMAs. Summation order differs
 * from ONNX Runtime's, so results agree to float rounding, not bit for bit.
 */
final class Fp32Matmul {

    // Must be a static final constant: the JIT only vectorises with a constant species.
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private Fp32Matmul() {
    }

    /**
     * @param x T x K, w N x K, bias N (or null); returns T x N.
     */
    static float[] linear(float[] x, int t, int k, float[] w, float[] bias, int n) {
        float[] y = new float[t * n];
        int kVec = SPECIES.loopBound(k);
        int t4 = t - t % 4;
        int n2 = n - n % 2;
        for (int j = 0; j < n2; j += 2) {
            int w0 = j * k;
            int w1 = w0 + k;
            for (int i = 0; i < t4; i += 4) {
                block4x2(x, i * k, k, w, w0, w1, kVec, y, i * n + j, n);
            }
            for (int i = t4; i < t; i++) {
                y[i * n + j] = dot(x, i * k, w, w0, k, kVec);
                y[i * n + j + 1] = dot(x, i * k, w, w1, k, kVec);
            }
        }
        if (n2 < n) {
            int w0 = n2 * k;
            for (int i = 0; i < t; i++) {
                y[i * n + n2] = dot(x, i * k, w, w0, k, kVec);
            }
        }
        if (bias != null) {
            for (int i = 0; i < t; i++) {
                for (int j = 0; j < n; j++) {
                    y[i * n + j] += bias[j];
                }
            }
        }
        return y;
    }

    private static void block4x2(float[] x, int x0, int k, float[] w, int w0, int w1, int kVec,
                                 float[] y, int y0, int n) {
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

    /** Dot product of a[aOff, aOff+k) and b[bOff, bOff+k). */
    static float dot(float[] a, int aOff, float[] b, int bOff, int k, int kVec) {
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

    static float dot(float[] a, int aOff, float[] b, int bOff, int k) {
        return dot(a, aOff, b, bOff, k, SPECIES.loopBound(k));
    }
}

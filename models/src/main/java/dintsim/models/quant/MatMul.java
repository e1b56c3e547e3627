package dintsim.models.quant;

import java.util.stream.IntStream;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * C = A B^T for float matrices with K contiguous in both (activations M x K times weights N x K),
 * the shape of every linear layer here. The Vector API species is a static constant: the JIT
 * only vectorises it then. Rows of C are computed in parallel; each element's summation order is
 * fixed, so results do not depend on the thread count.
 */
public final class MatMul {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;

    private MatMul() {
    }

    /** a is m x k, b is n x k (row-major); returns m x n. */
    public static float[] timesTransposed(float[] a, int m, float[] b, int n, int k) {
        float[] c = new float[m * n];
        IntStream.range(0, m).parallel().forEach(i -> {
            int ai = i * k;
            for (int j = 0; j < n; j++) {
                c[i * n + j] = dot(a, ai, b, j * k, k);
            }
        });
        return c;
    }

    static float dot(float[] a, int ao, float[] b, int bo, int k) {
        FloatVector acc = FloatVector.zero(SPECIES);
        int step = SPECIES.length();
        int bound = SPECIES.loopBound(k);
        int x = 0;
        for (; x < bound; x += step) {
            FloatVector va = FloatVector.fromArray(SPECIES, a, ao + x);
            FloatVector vb = FloatVector.fromArray(SPECIES, b, bo + x);
            acc = va.fma(vb, acc);
        }
        float sum = acc.reduceLanes(VectorOperators.ADD);
        for (; x < k; x++) {
            sum += a[ao + x] * b[bo + x];
        }
        return sum;
    }
}

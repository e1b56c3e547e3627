package dintsim.models.quant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MatMulTest {

    /** Shapes with remainders in every blocked dimension (T % 4, N % 2, K % vector length). */
    @ParameterizedTest
    @CsvSource({"1,1,1", "5,3,13", "4,2,16", "7,9,37", "64,384,384", "3,1536,384", "9,384,1536"})
    void matchesADoubleReference(int t, int n, int k) {
        SplittableRandom random = new SplittableRandom(42 + t * 31L + n * 7L + k);
        float[] x = new float[t * k];
        float[] w = new float[n * k];
        float[] b = new float[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble(-2, 2);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextDouble(-0.5, 0.5);
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) random.nextDouble(-1, 1);
        }
        float[] y = MatMul.linear(x, t, k, w, b, n);
        assertEquals(t * n, y.length);
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < n; j++) {
                double ref = b[j];
                double abs = Math.abs(b[j]);
                for (int p = 0; p < k; p++) {
                    ref += (double) x[i * k + p] * w[j * k + p];
                    abs += Math.abs((double) x[i * k + p] * w[j * k + p]);
                }
                // FP32 accumulation error is bounded by ~K ulp of the sum of magnitudes.
                assertEquals(ref, y[i * n + j], abs * k * 1.2e-7 + 1e-6, "row " + i + " col " + j);
            }
        }
    }
}

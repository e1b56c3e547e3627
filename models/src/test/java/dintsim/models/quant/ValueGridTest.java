package dintsim.models.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueGridTest {
    @ParameterizedTest
    @ValueSource(strings = {"int8", "int4", "dint4", "dint4(s=0.25)", "dint4(s=0.75)", "dint4(s=0.5,zero=false)", "fp4"})
    void roundsExactlyLikeTheFormat(String name) {
        NumberFormat f = Formats.builtIn(name);
        for (boolean symmetric : new boolean[] {true, false}) {
            ValueGrid g = new ValueGrid(f, symmetric);
            double[] v = f.values();
            // Every value, every midpoint (ties), just around them, and beyond the ends.
            for (int i = 0; i < v.length; i++) {
                check(f, g, symmetric, v[i]);
                check(f, g, symmetric, Math.nextUp(v[i]));
                check(f, g, symmetric, Math.nextDown(v[i]));
                if (i + 1 < v.length) {
                    double mid = (v[i] + v[i + 1]) / 2;
                    check(f, g, symmetric, mid);
                    check(f, g, symmetric, Math.nextUp(mid));
                    check(f, g, symmetric, Math.nextDown(mid));
                }
            }
            check(f, g, symmetric, 0.0);
            check(f, g, symmetric, -0.0);
            check(f, g, symmetric, 1e6);
            check(f, g, symmetric, -1e6);
            SplittableRandom r = new SplittableRandom(5);
            for (int i = 0; i < 20000; i++) {
                check(f, g, symmetric, (r.nextDouble() * 2 - 1) * 1.2 * f.maxValue());
            }
        }
    }

    private static void check(NumberFormat f, ValueGrid g, boolean symmetric, double x) {
        double scale = 0.37;
        int expected = f.quantize(x * scale, scale, symmetric);
        int idx = g.index(x * scale, scale);
        assertEquals(expected, g.code(idx) & 0xFF, f.name() + " symmetric=" + symmetric + " x=" + x);
        assertEquals(f.value(expected), g.value(idx), f.name() + " x=" + x);
    }
}

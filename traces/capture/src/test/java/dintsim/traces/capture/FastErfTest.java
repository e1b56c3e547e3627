package dintsim.traces.capture;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class FastErfTest {

    @Test
    void agreesWithCommonsMathToFloatPrecision() {
        double worst = 0;
        for (int i = -80_000; i <= 80_000; i++) {
            double x = i * 1e-4;
            worst = Math.max(worst, Math.abs(FastErf.erf(x) - Erf.erf(x)));
        }
        assertTrue(worst < 1.5e-7, "max |erf error| = " + worst);
    }

    @Test
    void geluMatchesTheExactFormula() {
        double worst = 0;
        for (int i = -4000; i <= 4000; i++) {
            float x = i * 2.5e-3f;
            double exact = 0.5 * x * (1 + Erf.erf(x / Math.sqrt(2)));
            worst = Math.max(worst, Math.abs(MiniLmEncoder.gelu(x) - exact));
        }
        assertTrue(worst < 1e-6, "max |GELU error| = " + worst);
    }
}

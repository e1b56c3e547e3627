package dintsim.sim.scalesim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as Python's {@code str(float)} does (SCALE-Sim writes its reports with it):
 * the shortest decimal that reads back as the same double, positional for 1e-4 <= |x| < 1e16
 * with at least one digit after the point, otherwise {@code d.ddde-05} style.
 */
final class PythonFloat {
    private PythonFloat() {
    }

    static String str(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                shortest = r;
                break;
            }
        }
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e16) {
            String s = shortest.stripTrailingZeros().toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        BigDecimal unscaled = shortest.stripTrailingZeros();
        String digits = unscaled.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - unscaled.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (x < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}

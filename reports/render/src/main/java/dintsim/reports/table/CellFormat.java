package dintsim.reports.table;

import java.math.BigDecimal;
import java.util.Locale;

/** How cells print: exact (round-trip) in CSV, readable in HTML. Locale-independent. */
public final class CellFormat {
    private CellFormat() {
    }

    /** Full precision, plain notation, for machine consumers. */
    public static String exact(Object cell) {
        if (cell instanceof Double d) {
            if (!Double.isFinite(d)) {
                return d.toString();
            }
            String s = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
            return s.equals("-0") ? "0" : s;
        }
        return cell.toString();
    }

    /** Four significant digits for doubles, plain integers otherwise. */
    public static String readable(Object cell) {
        if (cell instanceof Double d) {
            if (!Double.isFinite(d)) {
                return d.toString();
            }
            if (d == 0) {
                return "0";
            }
            double a = Math.abs(d);
            if (a >= 1e6 || a < 1e-3) {
                return String.format(Locale.ROOT, "%.3e", d);
            }
            return new BigDecimal(d).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }
}

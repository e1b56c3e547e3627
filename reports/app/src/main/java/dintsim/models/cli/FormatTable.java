package dintsim.models.cli;

import dintsim.models.format.CodePoint;
import dintsim.models.format.NumberFormat;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints a format's code table: every code with its bit pattern, value, fixed value and kind. */
public final class FormatTable {
    private FormatTable() {
    }

    /** A value as the shortest exact decimal (formats hold dyadic values, so this is exact). */
    public static String value(double v) {
        return v == 0 ? "0" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public static void print(PrintWriter out, NumberFormat f) {
        out.printf(Locale.ROOT, "%s: %s%n", f.name(), f.description());
        out.printf(Locale.ROOT, "  %d bits, %d codes, %d distinct values, %d fraction bits (fixed value = value x 2^%d), "
                        + "range %s .. %s, symmetric limit %s%n", f.bits(), f.codeCount(), f.values().length,
                f.fractionBits(), f.fractionBits(), value(f.minValue()), value(f.maxValue()), value(f.symmetricLimit()));
        out.printf(Locale.ROOT, "  %5s  %-8s  %8s  %6s  %s%n", "code", "bits", "value", "fixed", "kind");
        for (CodePoint p : f.codePoints()) {
            int canonical = f.quantize(p.value(), 1);
            String note = canonical == p.code() ? "" : "  (same value as " + f.bitPattern(canonical)
                    + "; quantize returns " + f.bitPattern(canonical) + ")";
            out.printf(Locale.ROOT, "  %5d  %-8s  %8s  %6d  %s%s%n", p.code(), f.bitPattern(p.code()), value(p.value()),
                    f.fixedValue(p.code()), p.kind().name().toLowerCase(Locale.ROOT), note);
        }
        List<Integer> reserved = f.reservedCodes();
        out.printf(Locale.ROOT, "  reserved codes: %s%n", reserved.isEmpty() ? "none"
                : reserved.stream().map(c -> c + " (" + f.bitPattern(c) + ")").collect(Collectors.joining(", "))
                + " - no value; readers reject them");
        out.printf(Locale.ROOT, "  rounding: nearest value of the set; a tie goes to the larger magnitude (away from zero), "
                + "a tie at 0 to the positive value; beyond the range, saturate to %s / %s "
                + "(symmetric quantizers use -%s .. %s)%n", value(f.minValue()), value(f.maxValue()),
                value(f.symmetricLimit()), value(f.symmetricLimit()));
    }
}

package dintsim.models.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dINT ("integer with denormal representation") family of formats, generated from two
 * parameters: the special value s and whether zero is kept.
 *
 * <p>The paper does not publish bit patterns, so dintsim adopts this default and documents it:
 * codes are two's-complement integers, with the patterns of +(2^(b-1)-1) and -(2^(b-1)-1)
 * (0111 and 1001 for b = 4) given to +s and -s. With zero kept, the pattern of -2^(b-1) (1000)
 * is reserved, so the range is balanced: dINT4 = {0, +-s, +-1, ..., +-6}, 15 values. Without
 * zero, 0000 holds +s and 1000 holds -s: {+-s, +-1, ..., +-7}, 16 values.
 *
 * <p>Names: {@code dint4} (s = 0.5, zero kept), {@code dint4(s=0.25)}, {@code dint4(s=0.5,zero=false)}.
 */
public final class DintFamily {
    /** The special value the project adopts by default (see docs/formats.md). */
    public static final double DEFAULT_S = 0.5;

    private static final Pattern NAME = Pattern.compile(
            "dint(\\d)(?:\\((?:s=([0-9.]+))?(?:,?zero=(true|false))?\\))?");

    private DintFamily() {
    }

    /** True when the name belongs to the family (it may still be invalid). */
    public static boolean matches(String name) {
        return name.startsWith("dint") && NAME.matcher(name).matches();
    }

    /** Builds the format a family name asks for. */
    public static NumberFormat parse(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new FormatException("format '" + name + "': not a dINT name (expected dint4, dint4(s=0.25) or dint4(s=0.25,zero=false))");
        }
        int bits = Integer.parseInt(m.group(1));
        double s = m.group(2) == null ? DEFAULT_S : parseS(name, m.group(2));
        boolean zero = m.group(3) == null || Boolean.parseBoolean(m.group(3));
        return create(bits, s, zero);
    }

    private static double parseS(String name, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new FormatException("format '" + name + "': s='" + text + "' is not a number");
        }
    }

    /** The canonical name of a member, the inverse of {@link #parse}. */
    public static String name(int bits, double s, boolean zero) {
        String base = "dint" + bits;
        if (s == DEFAULT_S && zero) {
            return base;
        }
        String sText = String.format(Locale.ROOT, "%s", stripZeros(s));
        return zero ? base + "(s=" + sText + ")" : base + "(s=" + sText + ",zero=false)";
    }

    private static String stripZeros(double s) {
        String t = Double.toString(s);
        return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
    }

    public static NumberFormat create(int bits, double s, boolean zero) {
        String name = name(bits, s, zero);
        if (bits < 3 || bits > 8) {
            throw new FormatException("format '" + name + "': dINT needs 3..8 bits, got " + bits);
        }
        if (!(s > 0) || s >= 1) {
            throw new FormatException("format '" + name + "': special value s must be in (0, 1), got " + s);
        }
        int top = (1 << (bits - 1)) - 1; // 7 for 4 bits
        int size = 1 << bits;
        List<FormatSpec.Code> codes = new ArrayList<>();
        for (int c = 0; c < size; c++) {
            int twos = c >= size / 2 ? c - size : c;
            String pattern = String.format("%" + bits + "s", Integer.toBinaryString(c)).replace(' ', '0');
            // Which integer patterns are given to +-s, and which one is reserved, is the documented default.
            int plusS = zero ? top : 0;
            int minusS = zero ? -top : -top - 1;
            if (twos == plusS) {
                codes.add(new FormatSpec.Code(pattern, s, true));
            } else if (twos == minusS) {
                codes.add(new FormatSpec.Code(pattern, -s, true));
            } else if (twos != -top - 1) {
                codes.add(new FormatSpec.Code(pattern, twos, false));
            }
        }
        String description = String.format(Locale.ROOT, "dINT%d: %sspecial values +-%s handled by a shift, %s",
                bits, zero ? "0, " : "no zero, ", stripZeros(s),
                zero ? "ordinary values +-1..+-" + (top - 1) + ", pattern " + "1" + "0".repeat(bits - 1) + " reserved"
                        : "ordinary values +-1..+-" + top);
        return NumberFormat.fromSpec(new FormatSpec(name, bits, description, codes), "built-in dINT family");
    }
}

package dintsim.models.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A number format of at most 8 bits, defined entirely by its code map (see {@link FormatSpec}).
 *
 * <p>Every value is a dyadic fraction, so it is held exactly as an integer in units of
 * 2^-{@link #fractionBits()} (its "fixed value"): INT formats have 0 fraction bits, dINT4 with
 * s = 0.5 and FP4 E2M1 have 1. The golden arithmetic and the hardware multiply fixed values.
 *
 * <p>Rounding rule of {@link #quantize}: the nearest value of the set; a tie goes to the value of
 * larger magnitude (away from zero), and a tie at exactly zero between -v and +v goes to +v.
 * Inputs beyond the largest magnitude saturate to it.
 */
public final class NumberFormat {
    /** Largest magnitude of a fixed value: operands of the integer datapath are at most 16 bits. */
    public static final int MAX_FIXED_MAGNITUDE = 1 << 15;

    /** Largest number of fraction bits a value may need; keeps fixed values small. */
    public static final int MAX_FRACTION_BITS = 8;

    private final FormatSpec spec;
    private final CodePoint[] byCode;
    private final int fractionBits;
    private final int[] fixedByCode;
    private final double[] sortedValues;
    private final int[] canonicalCodeOfSorted;
    private final double symmetricLimit;

    private NumberFormat(FormatSpec spec, CodePoint[] byCode, String where) {
        this.spec = spec;
        this.byCode = byCode;
        this.fractionBits = fractionBitsOf(where, byCode);
        this.fixedByCode = new int[byCode.length];
        double scale = Math.scalb(1.0, fractionBits);
        for (CodePoint p : byCode) {
            if (p != null) {
                double fixed = p.value() * scale;
                if (Math.abs(fixed) > MAX_FIXED_MAGNITUDE) {
                    throw new FormatException(where + ": code " + pattern(p.code(), byCode.length) + ": field 'value' "
                            + p.value() + " is too large: its fixed value " + p.value() + " x 2^" + fractionBits
                            + " must be within +-" + MAX_FIXED_MAGNITUDE + " (a 16-bit operand of the MAC)");
                }
                fixedByCode[p.code()] = (int) fixed;
            }
        }
        double[] distinct = Arrays.stream(byCode).filter(p -> p != null).mapToDouble(CodePoint::value)
                .map(v -> v == 0.0 ? 0.0 : v).distinct().sorted().toArray();
        this.sortedValues = distinct;
        this.canonicalCodeOfSorted = new int[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            canonicalCodeOfSorted[i] = canonicalCode(distinct[i]);
        }
        this.symmetricLimit = Math.min(-distinct[0], distinct[distinct.length - 1]);
    }

    /** Builds and validates a format from its spec; {@code source} names the file for errors. */
    public static NumberFormat fromSpec(FormatSpec spec, String source) {
        String where = source + ": format '" + spec.name() + "'";
        if (spec.name() == null || !spec.name().matches("[a-z][a-z0-9_.=,()\\-]*")) {
            throw new FormatException(source + ": field 'name': '" + spec.name()
                    + "' must start with a lower-case letter and use only a-z 0-9 _ . = , ( ) -");
        }
        if (spec.name().contains("x")) {
            throw new FormatException(where + ": field 'name' must not contain 'x' (it separates formats in design names)");
        }
        if (spec.bits() < 1 || spec.bits() > 8) {
            throw new FormatException(where + ": field 'bits' is " + spec.bits() + ", must be 1..8");
        }
        if (spec.codes() == null || spec.codes().size() < 2) {
            throw new FormatException(where + ": field 'codes' must list at least two codes");
        }
        CodePoint[] byCode = new CodePoint[1 << spec.bits()];
        for (FormatSpec.Code c : spec.codes()) {
            String pattern = c.code();
            if (pattern == null || pattern.length() != spec.bits() || !pattern.matches("[01]+")) {
                throw new FormatException(where + ": code '" + pattern + "' must be " + spec.bits() + " binary digits");
            }
            int code = Integer.parseInt(pattern, 2);
            if (byCode[code] != null) {
                throw new FormatException(where + ": code " + pattern + " is listed twice");
            }
            if (!Double.isFinite(c.value())) {
                throw new FormatException(where + ": code " + pattern + " has non-finite value " + c.value());
            }
            if (c.special() && c.value() == 0.0) {
                throw new FormatException(where + ": code " + pattern + " is special but zero; special values are the small non-zero ones");
            }
            CodeKind kind = c.value() == 0.0 ? CodeKind.ZERO : c.special() ? CodeKind.SPECIAL : CodeKind.NORMAL;
            byCode[code] = new CodePoint(code, c.value() == 0.0 ? 0.0 : c.value(), kind);
        }
        return new NumberFormat(spec, byCode, where);
    }

    private static int fractionBitsOf(String where, CodePoint[] byCode) {
        int needed = 0;
        for (CodePoint p : byCode) {
            if (p == null) {
                continue;
            }
            int f = 0;
            while (f <= MAX_FRACTION_BITS && Math.scalb(p.value(), f) != Math.rint(Math.scalb(p.value(), f))) {
                f++;
            }
            if (f > MAX_FRACTION_BITS) {
                throw new FormatException(where + ": code " + pattern(p.code(), byCode.length) + ": field 'value' "
                        + p.value() + " is not k/2^f with f <= " + MAX_FRACTION_BITS
                        + "; the exact integer datapath cannot hold it");
            }
            needed = Math.max(needed, f);
        }
        return needed;
    }

    private int canonicalCode(double value) {
        // +0 before -0: the first listed pattern with this value in code order, preferring a positive zero.
        for (CodePoint p : byCode) {
            if (p != null && p.value() == value) {
                return p.code();
            }
        }
        throw new IllegalStateException("no code for " + value);
    }

    private static String pattern(int code, int size) {
        int bits = Integer.numberOfTrailingZeros(size);
        String s = Integer.toBinaryString(code);
        return "0".repeat(bits - s.length()) + s;
    }

    public String name() {
        return spec.name();
    }

    public String description() {
        return spec.description() == null ? "" : spec.description();
    }

    public int bits() {
        return spec.bits();
    }

    /** The spec this format was built from; written into trace headers so readers need no registry. */
    public FormatSpec spec() {
        return spec;
    }

    /** Number of fraction bits the fixed values carry (0 for integer formats). */
    public int fractionBits() {
        return fractionBits;
    }

    /** Number of bit patterns, valid or reserved. */
    public int codeCount() {
        return byCode.length;
    }

    public boolean isValid(int code) {
        return code >= 0 && code < byCode.length && byCode[code] != null;
    }

    /** The valid codes in code order. */
    public List<CodePoint> codePoints() {
        List<CodePoint> out = new ArrayList<>();
        for (CodePoint p : byCode) {
            if (p != null) {
                out.add(p);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The reserved bit patterns (no value; decoders reject them). */
    public List<Integer> reservedCodes() {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < byCode.length; c++) {
            if (byCode[c] == null) {
                out.add(c);
            }
        }
        return out;
    }

    public CodePoint point(int code) {
        if (!isValid(code)) {
            throw new FormatException("format '" + name() + "': code " + (code >= 0 && code < byCode.length
                    ? pattern(code, byCode.length) + " is reserved" : code + " is outside " + bits() + " bits"));
        }
        return byCode[code];
    }

    public double value(int code) {
        return point(code).value();
    }

    public CodeKind kind(int code) {
        return point(code).kind();
    }

    /** Value in units of 2^-fractionBits; exact. Reserved codes throw. */
    public int fixedValue(int code) {
        point(code);
        return fixedByCode[code];
    }

    /** The bit pattern of a code as a string of {@link #bits()} binary digits. */
    public String bitPattern(int code) {
        return pattern(code, byCode.length);
    }

    /** Distinct values, ascending. */
    public double[] values() {
        return sortedValues.clone();
    }

    public double maxValue() {
        return sortedValues[sortedValues.length - 1];
    }

    public double minValue() {
        return sortedValues[0];
    }

    /** Largest magnitude that both signs reach (e.g. 7 for INT4, 127 for INT8). */
    public double symmetricLimit() {
        return symmetricLimit;
    }

    /** Nearest code of x / scale over the whole value set (see the class comment for ties). */
    public int quantize(double x, double scale) {
        return quantize(x, scale, false);
    }

    /**
     * Nearest code of x / scale. With {@code symmetric}, values beyond {@link #symmetricLimit()}
     * are not used (INT8 then spans -127..127, INT4 -7..7), as symmetric quantizers do.
     */
    public int quantize(double x, double scale, boolean symmetric) {
        if (!Double.isFinite(x)) {
            throw new FormatException("format '" + name() + "': cannot quantize non-finite value " + x);
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new FormatException("format '" + name() + "': scale must be positive and finite, got " + scale);
        }
        double y = x / scale;
        int lo = 0;
        int hi = sortedValues.length - 1;
        if (symmetric) {
            while (sortedValues[lo] < -symmetricLimit) {
                lo++;
            }
            while (sortedValues[hi] > symmetricLimit) {
                hi--;
            }
        }
        return canonicalCodeOfSorted[nearestIndex(y, lo, hi)];
    }

    private int nearestIndex(double y, int lo, int hi) {
        if (y <= sortedValues[lo]) {
            return lo;
        }
        if (y >= sortedValues[hi]) {
            return hi;
        }
        int i = Arrays.binarySearch(sortedValues, lo, hi + 1, y);
        if (i >= 0) {
            return i;
        }
        int above = -i - 1;
        int below = above - 1;
        double a = sortedValues[below];
        double b = sortedValues[above];
        double mid = (a + b) / 2;
        if (y < mid) {
            return below;
        }
        if (y > mid) {
            return above;
        }
        // Tie: away from zero; at exactly zero, the positive side.
        return mid >= 0 ? above : below;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%d bits, %d values, %d fraction bits)", name(), bits(),
                sortedValues.length, fractionBits);
    }
}

package dintsim.traces.stats;

import dintsim.models.format.CodeKind;
import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;

/** How often each code of a format occurs in a code matrix, and derived counts by kind. */
public final class CodeHistogram {
    private final NumberFormat format;
    private final long[] counts;
    private final long total;

    public CodeHistogram(CodeMatrix m) {
        this.format = m.format();
        this.counts = new long[format.codeCount()];
        for (byte c : m.codes()) {
            counts[c & 0xFF]++;
        }
        this.total = m.codes().length;
    }

    public NumberFormat format() {
        return format;
    }

    public long total() {
        return total;
    }

    public long count(int code) {
        return counts[code];
    }

    /** Elements whose code is of this kind (ZERO: value 0; SPECIAL: dINT's +-s). */
    public long countOfKind(CodeKind kind) {
        long n = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && format.kind(c) == kind) {
                n += counts[c];
            }
        }
        return n;
    }

    /** Elements at the format's minimum or maximum value (saturated, if the quantizer clipped). */
    public long countAtExtremes() {
        long n = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0 && (format.value(c) == format.minValue() || format.value(c) == format.maxValue())) {
                n += counts[c];
            }
        }
        return n;
    }

    /** Number of distinct codes that occur. */
    public int distinctCodes() {
        int n = 0;
        for (long c : counts) {
            n += c > 0 ? 1 : 0;
        }
        return n;
    }

    /** Mean of |value| over all elements. */
    public double meanAbsValue() {
        double s = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                s += Math.abs(format.value(c)) * counts[c];
            }
        }
        return s / total;
    }

    public double fraction(long count) {
        return total == 0 ? 0 : (double) count / total;
    }
}

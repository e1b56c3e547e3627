package dintsim.models.mac;

import java.util.Locale;

/**
 * A two's-complement accumulator: total width in bits, how many of them are fraction bits, and
 * what happens on overflow. Values are integers in units of 2^-fractionBits.
 *
 * @param width        total bits, 2..32
 * @param fractionBits fraction bits, 0..16 and less than width
 * @param overflow     policy applied at every addition
 */
public record AccumulatorSpec(int width, int fractionBits, OverflowPolicy overflow) {
    public static final int MAX_WIDTH = 32;

    public AccumulatorSpec {
        if (width < 2 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("accumulator: field 'width' is " + width + ", must be 2.." + MAX_WIDTH);
        }
        if (fractionBits < 0 || fractionBits > 16 || fractionBits >= width) {
            throw new IllegalArgumentException("accumulator: field 'fractionBits' is " + fractionBits
                    + ", must be 0..16 and below the width " + width);
        }
        if (overflow == null) {
            throw new IllegalArgumentException("accumulator: field 'overflow' is missing");
        }
    }

    public long min() {
        return -(1L << (width - 1));
    }

    public long max() {
        return (1L << (width - 1)) - 1;
    }

    /** Bits a signed value needs: the smallest w with -2^(w-1) <= v <= 2^(w-1) - 1. */
    public static int bitsFor(long magnitude) {
        int w = 1;
        while (magnitude > (1L << (w - 1)) - 1 || -magnitude < -(1L << (w - 1))) {
            w++;
        }
        return w;
    }

    /** True when {@code value} is inside the range. */
    public boolean fits(long value) {
        return value >= min() && value <= max();
    }

    /**
     * One accumulation step under the policy. {@code where} describes the step for the error
     * message (it is only built when needed).
     */
    public long add(long acc, long product, java.util.function.Supplier<String> where) {
        long sum = acc + product;
        if (fits(sum)) {
            return sum;
        }
        switch (overflow) {
            case SATURATE:
                return sum > 0 ? max() : min();
            case WRAP:
                return wrap(sum);
            default:
                throw new AccumulatorOverflowException(String.format(Locale.ROOT,
                        "accumulator overflow at %s: %d + %d = %d leaves the %d-bit range [%d, %d] "
                                + "(widen the accumulator or choose overflow saturate/wrap)",
                        where.get(), acc, product, sum, width, min(), max()));
        }
    }

    /** Two's-complement wrap of any long into the range. */
    public long wrap(long value) {
        int shift = 64 - width;
        return (value << shift) >> shift;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d bits (%d fraction), %s", width, fractionBits, overflow.label());
    }
}

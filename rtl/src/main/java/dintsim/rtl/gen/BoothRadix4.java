package dintsim.rtl.gen;

/**
 * Radix-4 (modified) Booth recoding, the arithmetic the Chisel {@code BoothMultiplier} builds:
 * a signed multiplier y of n bits (n rounded up to even by sign extension) becomes n/2 digits
 * d_i = -2 y[2i+1] + y[2i] + y[2i-1] in {-2..2} (y[-1] = 0), and x * y = sum d_i x 4^i.
 * The hardware forms each partial product as (d_i < 0 ? ~|d_i| x : |d_i| x) and adds the
 * negation's +1 at bit 2i; {@link #multiply} evaluates exactly that, so a unit test can prove it.
 */
public final class BoothRadix4 {
    private BoothRadix4() {
    }

    /** Number of digits for a {@code bits}-bit signed multiplier. */
    public static int digits(int bits) {
        return (bits + 1) / 2;
    }

    /** Digit i of the {@code bits}-bit signed value y. */
    public static int digit(long y, int bits, int i) {
        int hi = bit(y, bits, 2 * i + 1);
        int mid = bit(y, bits, 2 * i);
        int lo = i == 0 ? 0 : bit(y, bits, 2 * i - 1);
        return -2 * hi + mid + lo;
    }

    /** x * y through the recoded partial products, with the hardware's invert-and-add-one negation. */
    public static long multiply(long x, long y, int yBits) {
        long sum = 0;
        for (int i = 0; i < digits(yBits); i++) {
            int d = digit(y, yBits, i);
            long magnitude = Math.abs(d) * x;
            long partial = d < 0 ? ~magnitude : magnitude;
            sum += (partial << (2 * i)) + ((d < 0 ? 1L : 0L) << (2 * i));
        }
        return sum;
    }

    /** Bit k of y read as a {@code bits}-bit two's-complement value (sign-extended above). */
    private static int bit(long y, int bits, int k) {
        return (int) ((y >> Math.min(k, bits - 1)) & 1);
    }
}

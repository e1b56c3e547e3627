package dintsim.rtl.power;

import dintsim.models.mac.MacDesign;

/**
 * Bit toggles, MAC by MAC, of the four PE signals the RTL activity file records
 * (rtl/docs/ACTIVITY.md: {@code act}, {@code weight}, {@code product}, {@code acc}), computed from
 * the operand stream and the golden product: toggles of MAC i = popcount(value_i ^ value_{i-1})
 * within the signal's width (the first MAC compares with all-zero signals, the state after reset).
 */
public final class RtlSignalToggles {
    /** Signal names in the order of {@link #toggles()}'s rows. */
    public static final String[] SIGNALS = {"act", "weight", "product", "acc"};

    private final int[][] toggles;

    private RtlSignalToggles(int[][] toggles) {
        this.toggles = toggles;
    }

    /**
     * @param productWidth bits of the product signal
     * @param accWidth     bits of the accumulator signal
     */
    public static RtlSignalToggles of(MacDesign design, MacStream stream, int productWidth, int accWidth) {
        int n = stream.length();
        int[][] t = new int[SIGNALS.length][n];
        long prevA = 0;
        long prevW = 0;
        long prevP = 0;
        long prevAcc = 0;
        long pMask = mask(productWidth);
        long accMask = mask(accWidth);
        for (int i = 0; i < n; i++) {
            long a = stream.activation()[i];
            long w = stream.weight()[i];
            long product = design.product(stream.weight()[i], stream.activation()[i]);
            long p = product & pMask;
            long acc = (stream.psumIn()[i] + product) & accMask;
            t[0][i] = Long.bitCount(a ^ prevA);
            t[1][i] = Long.bitCount(w ^ prevW);
            t[2][i] = Long.bitCount(p ^ prevP);
            t[3][i] = Long.bitCount(acc ^ prevAcc);
            prevA = a;
            prevW = w;
            prevP = p;
            prevAcc = acc;
        }
        return new RtlSignalToggles(t);
    }

    /** {@code toggles()[s][i]}: toggles of signal {@link #SIGNALS}[s] at MAC i. */
    public int[][] toggles() {
        return toggles;
    }

    private static long mask(int width) {
        return width >= 64 ? -1L : (1L << width) - 1;
    }
}

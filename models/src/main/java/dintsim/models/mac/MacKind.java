package dintsim.models.mac;

import java.util.Locale;

/**
 * Which datapath one MAC takes, decided by its weight code ({@link MacDesign#kind}): the one MAC
 * kind of dintsim, used by the golden model, the simulator's counts, the RTL decoder and its
 * probes, synthesis and the cost tables. The ordinal is the index into count and energy arrays
 * and the bit of the RTL's one-hot MAC-kind probe (rtl/docs/ACTIVITY.md), so the order is fixed.
 */
public enum MacKind {
    /** The weight is zero: the product is zero, the multiplier input is gated. */
    ZERO,
    /** A special weight +-2^j (dINT's +-s with s a power of two): the activation shifted, no multiplier. */
    SPECIAL,
    /** Every other weight, special values that are not a power of two included: the multiplier. */
    NORMAL;

    /** Number of kinds: the length of per-kind arrays. */
    public static final int COUNT = values().length;

    private static final MacKind[] BY_ORDINAL = values();

    /** The kind with this ordinal (hot loops keep ordinals in int arrays). */
    public static MacKind of(int ordinal) {
        return BY_ORDINAL[ordinal];
    }

    /** Lower-case name used in stats, cost tables, activity files and reports: zero, special, normal. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

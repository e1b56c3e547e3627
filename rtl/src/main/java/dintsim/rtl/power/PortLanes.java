package dintsim.rtl.power;

/**
 * Reads and writes bit fields of ports in stimulus and result rows, whose values are one long per
 * {@link NetlistPort#lanes lane}: a field of a wide port (an array's packed partial sums) may
 * straddle two lanes. A port's lane 0 is {@link GateLevelModel#inputIndex} / {@link GateLevelModel#outputIndex}.
 */
public final class PortLanes {
    private PortLanes() {
    }

    /** Writes the low {@code width} bits of {@code value} at port bit {@code bit} (port from its lane 0 {@code first}). */
    public static void put(long[] row, int first, int bit, int width, long value) {
        for (int b = 0; b < width; b++) {
            int at = bit + b;
            long mask = 1L << (at & 63);
            int lane = first + (at >>> 6);
            row[lane] = (value >>> b & 1) != 0 ? row[lane] | mask : row[lane] & ~mask;
        }
    }

    /** The {@code width} (<= 64) bits at port bit {@code bit}, unsigned. */
    public static long get(long[] row, int first, int bit, int width) {
        long v = 0;
        for (int b = 0; b < width; b++) {
            int at = bit + b;
            v |= (row[first + (at >>> 6)] >>> (at & 63) & 1) << b;
        }
        return v;
    }
}

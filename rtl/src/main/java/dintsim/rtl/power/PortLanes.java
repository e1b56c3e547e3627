package dintsim.rtl.power;

import java.util.List;

/**
 * Reads and writes bit fields of ports in stimulus and result rows, whose values are one long per
 * {@link NetlistPort#lanes lane}: a field of a wide port (an array's packed partial sums) may
 * straddle two lanes.
 */
public final class PortLanes {
    private final List<NetlistPort> lanes;
    private final String source;

    /** {@code lanes}: a model's inputs or outputs, in row order; {@code source} names the netlist in errors. */
    public PortLanes(List<NetlistPort> lanes, String source) {
        this.lanes = lanes;
        this.source = source;
    }

    /** Row index of the port's lane 0. */
    public int first(String port) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).name().equals(port)) {
                return i;
            }
        }
        throw new IllegalArgumentException(source + ": no port '" + port + "' (ports: "
                + lanes.stream().map(NetlistPort::name).distinct().toList() + ")");
    }

    /** Bits of the whole port. */
    public int width(String port) {
        return lanes.get(first(port)).portWidth();
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

package dintsim.rtl.power;

import java.util.ArrayList;
import java.util.List;

/**
 * A port of a gate-level netlist's top module, or one lane of it: stimulus rows and results carry
 * one long per lane, so a port wider than 64 bits (an array's packed partial sums) is split into
 * lanes of at most {@link #LANE_BITS} bits, lane k holding port bits [64k, 64k + width).
 *
 * @param name      port name
 * @param input     true for inputs
 * @param width     bits of this lane (the whole port's width when it is not split)
 * @param lsb       the port bit this lane's bit 0 is
 * @param portWidth bits of the whole port
 */
public record NetlistPort(String name, boolean input, int width, int lsb, int portWidth) {
    /** Bits one stimulus or result value (a long) carries. */
    public static final int LANE_BITS = 64;

    public NetlistPort {
        if (width < 1 || lsb < 0 || lsb + width > portWidth || width > LANE_BITS && (lsb != 0 || width != portWidth)) {
            throw new IllegalArgumentException("port " + name + ": lane of " + width + " bits at bit " + lsb
                    + " does not fit a " + portWidth + "-bit port");
        }
    }

    /** A whole port. */
    public NetlistPort(String name, boolean input, int width) {
        this(name, input, width, 0, width);
    }

    /** The port as lanes of at most {@link #LANE_BITS} bits, least significant first. */
    public List<NetlistPort> lanes() {
        List<NetlistPort> out = new ArrayList<>();
        for (int b = 0; b < portWidth; b += LANE_BITS) {
            out.add(new NetlistPort(name, input, Math.min(LANE_BITS, portWidth - b), b, portWidth));
        }
        return out;
    }

    /** The netlist's name of bit {@code b} of this lane ({@code name} for a 1-bit port, else {@code name[lsb + b]}). */
    public String bitName(int b) {
        return portWidth == 1 ? name : name + "[" + (lsb + b) + "]";
    }

    /** True when the whole port is wider than one lane (Verilator holds it as 32-bit words). */
    public boolean wide() {
        return portWidth > LANE_BITS;
    }
}

package dintsim.sim.hw.pe;

/**
 * The activation side of a PE, as in the Chisel RTL's {@code ActPort}: the code and its flags
 * move one PE right per cycle.
 *
 * @param code  activation code
 * @param valid real data (false for rows beyond the matrix edge)
 * @param beat  a stream slot passes (also without data: it carries the timing)
 * @param first ws: first slot of a fold (switch shadow -> active); os: clear the accumulator
 * @param last  os: last slot of the fold (write the output)
 */
public record ActPort(int code, boolean valid, boolean beat, boolean first, boolean last) {
    public static final ActPort IDLE = new ActPort(0, false, false, false, false);
}

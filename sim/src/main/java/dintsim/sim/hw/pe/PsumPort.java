package dintsim.sim.hw.pe;

/** A partial sum (ws: moving down a column; os: a PE's output), as in the RTL's {@code PsumPort}. */
public record PsumPort(int value, boolean valid) {
    public static final PsumPort IDLE = new PsumPort(0, false);
}

package dintsim.sim.hw.pe;

/** The weight side of a PE, as in the RTL's {@code WeightPort}: the code and whether it is real data. */
public record WeightPort(int code, boolean valid) {
    public static final WeightPort IDLE = new WeightPort(0, false);
}

package dintsim.rtl.timing;

/**
 * OpenSTA's timing of one gate-level netlist at one clock: the worst setup path into a
 * flip-flop (inputs arrive at the clock edge, with {@link OpenSta#INPUT_SLEW_NS} transitions).
 *
 * @param periodNs        the clock period timed against
 * @param worstSlackNs    worst setup slack (negative: the period is not met)
 * @param startpoint      where the worst path starts (an input port or a flip-flop)
 * @param endpoint        the flip-flop it ends at
 */
public record StaTiming(double periodNs, double worstSlackNs, String startpoint, String endpoint) {
    /** The worst path's delay including the flip-flop's setup time: period - slack, ns. */
    public double criticalPathNs() {
        return periodNs - worstSlackNs;
    }

    /** The highest clock frequency the netlist meets, MHz. */
    public double fmaxMhz() {
        return 1000 / criticalPathNs();
    }

    /** True when the netlist meets a clock of {@code mhz}. */
    public boolean meets(double mhz) {
        return fmaxMhz() >= mhz * (1 - 1e-9);
    }
}

package dintsim.rtl.timing;

/**
 * OpenSTA's power of one netlist's cells at one clock, with the per-pin activity dintsim measured
 * (transitions per clock cycle; {@link OpenSta#power}).
 *
 * @param periodNs   the clock period
 * @param internalW  internal power, W
 * @param switchingW switching (net charging) power, W
 * @param leakageW   leakage power, W
 * @param totalW     total, W
 * @param version    the OpenSTA version that reported it ({@code 2.0.17}), from its banner
 */
public record StaPower(double periodNs, double internalW, double switchingW, double leakageW, double totalW, String version) {
    /**
     * Whether this OpenSTA charges each output transition the sum of the rise and the fall
     * internal-energy tables, each weighted by an unnormalised arc duty ({@code Power::findInternalPower}
     * before OpenSTA 2.1.0, which averages them and normalises the weights): its internal power is then
     * about twice the energy of the transitions (an inverter's exactly twice).
     */
    public boolean sumsRiseAndFallInternal() {
        return version.startsWith("2.0.") || version.startsWith("1.");
    }

    /** Energy per clock cycle, pJ (W x ns = nJ). */
    public double pjPerCycle() {
        return totalW * periodNs * 1000;
    }

    /** The same without leakage (what a toggle count can be compared with), pJ. */
    public double dynamicPjPerCycle() {
        return (internalW + switchingW) * periodNs * 1000;
    }
}

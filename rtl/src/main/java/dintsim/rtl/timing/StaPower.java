package dintsim.rtl.timing;

/**
 * OpenSTA's {@code report_power} totals for one netlist at one clock, with the per-pin activity
 * dintsim measured (transitions per clock cycle).
 *
 * @param periodNs   the clock period
 * @param internalW  internal power, W
 * @param switchingW switching (net charging) power, W
 * @param leakageW   leakage power, W
 * @param totalW     total, W
 */
public record StaPower(double periodNs, double internalW, double switchingW, double leakageW, double totalW) {
    /** Energy per clock cycle, pJ (W x ns = nJ). */
    public double pjPerCycle() {
        return totalW * periodNs * 1000;
    }

    /** The same without leakage (what a toggle count can be compared with), pJ. */
    public double dynamicPjPerCycle() {
        return (internalW + switchingW) * periodNs * 1000;
    }
}

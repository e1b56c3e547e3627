package dintsim.reports.model;

/**
 * One synthesis of a design at one delay target, as timed by static timing.
 *
 * @param design        design name
 * @param delayTargetNs abc's delay target, ns (0: area mapping with no target)
 * @param fmaxMhz       the netlist's maximum clock, MHz
 * @param areaUm2       its area, um^2
 * @param chosen        whether it is the design's netlist at the iso-frequency (smallest meeting it)
 */
public record ClockSweepPoint(String design, double delayTargetNs, double fmaxMhz, double areaUm2, boolean chosen) {
    public ClockSweepPoint {
        Checks.name("clock sweep point", "design", design);
        Checks.nonNegative("clock sweep point " + design, "delayTargetNs", delayTargetNs);
        Checks.positive("clock sweep point " + design, "fmaxMhz", fmaxMhz);
        Checks.positive("clock sweep point " + design, "areaUm2", areaUm2);
    }
}

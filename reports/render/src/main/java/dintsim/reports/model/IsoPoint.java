package dintsim.reports.model;

/**
 * A design's netlist at the iso-frequency: the one its area, cost entry and energies come from.
 *
 * @param design        design name
 * @param delayTargetNs abc's delay target of that netlist, ns (0: none)
 * @param fmaxMhz       that netlist's fmax, MHz (at least the iso-frequency)
 * @param bestFmaxMhz   the design's highest fmax over its whole sweep, MHz
 * @param areaUm2       that netlist's area, um^2
 */
public record IsoPoint(String design, double delayTargetNs, double fmaxMhz, double bestFmaxMhz, double areaUm2) {
    public IsoPoint {
        Checks.name("iso point", "design", design);
        Checks.nonNegative("iso point " + design, "delayTargetNs", delayTargetNs);
        Checks.positive("iso point " + design, "fmaxMhz", fmaxMhz);
        Checks.positive("iso point " + design, "bestFmaxMhz", bestFmaxMhz);
        Checks.positive("iso point " + design, "areaUm2", areaUm2);
    }
}

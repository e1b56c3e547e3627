package dintsim.reports.model;

/**
 * One synthesis of a design at one abc delay target, as timed by static timing.
 *
 * @param design        design name
 * @param delayTargetNs the synthesis delay target, ns (0: none, mapped for area)
 * @param fmaxMhz       the netlist's maximum clock, MHz
 * @param areaUm2       its area, um^2
 * @param chosenAtIso   whether it is the design's netlist at the iso-frequency point
 */
public record ClockSweepPoint(String design, double delayTargetNs, double fmaxMhz, double areaUm2, boolean chosenAtIso) {
}

package dintsim.reports.model;

/**
 * One synthesis of a design at one delay target, as timed by static timing.
 *
 * @param design  design name
 * @param fmaxMhz the netlist's maximum clock, MHz
 * @param areaUm2 its area, um^2
 */
public record ClockSweepPoint(String design, double fmaxMhz, double areaUm2) {
}

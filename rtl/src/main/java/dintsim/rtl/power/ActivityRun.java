package dintsim.rtl.power;

/**
 * What one gate-level run measured.
 *
 * @param outputs        per cycle, the value of each output port after the rising edge ([cycle][port])
 * @param cycleEnergyFj  per cycle, the switching energy of all cell outputs (fJ, clock pins excluded)
 * @param cellToggles    per cell instance (netlist order), output transitions over the run
 */
public record ActivityRun(long[][] outputs, double[] cycleEnergyFj, long[] cellToggles) {
}

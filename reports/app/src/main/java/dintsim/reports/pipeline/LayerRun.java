package dintsim.reports.pipeline;

import java.util.Map;

/**
 * The simulator's result for one layer trace on one array: what the report needs of it. Cached
 * as JSON.
 *
 * @param layer       layer name
 * @param setting     quantization setting label the trace came from
 * @param design      MAC design name
 * @param dataflow    {@code ws} or {@code os}
 * @param rows        array rows
 * @param cols        array columns
 * @param cycles      simulated cycles
 * @param macs        MACs performed (used PEs only)
 * @param utilization time-weighted fraction of PE-cycles doing a MAC
 * @param zeroMacs    MACs whose weight code is zero (no multiplier work)
 * @param specialMacs MACs on a special (shift) weight code
 * @param normalMacs  MACs through the multiplier
 * @param energyPj    the simulator's energy by component (pJ), exactly what {@code dintsim simulate
 *                    --costs} prints for this layer with the report's cost table; null when the run
 *                    was not charged (arrays other than the energy array, or no cost table)
 */
public record LayerRun(String layer, String setting, String design, String dataflow, int rows, int cols, long cycles,
                       long macs, double utilization, long zeroMacs, long specialMacs, long normalMacs,
                       Map<String, Double> energyPj) {
    public String arrayLabel() {
        return rows + "x" + cols + " " + dataflow;
    }

    /** Total energy, pJ: the sum {@code SimResult.totalEnergyPj()} forms, in the same order. */
    public double totalEnergyPj() {
        return energyPj.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Energy of the MAC units alone (the {@code mac.*} components), pJ. */
    public double macEnergyPj() {
        return energyPj.entrySet().stream().filter(e -> e.getKey().startsWith("mac."))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}

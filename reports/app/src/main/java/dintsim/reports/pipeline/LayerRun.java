package dintsim.reports.pipeline;

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
 */
public record LayerRun(String layer, String setting, String design, String dataflow, int rows, int cols, long cycles,
                       long macs, double utilization, long zeroMacs, long specialMacs, long normalMacs) {
    public String arrayLabel() {
        return rows + "x" + cols + " " + dataflow;
    }
}

package dintsim.reports.model;

/**
 * Simulated timing of one layer on one array configuration.
 *
 * @param layer       layer name
 * @param dataflow    {@code ws} or {@code os}
 * @param rows        array rows
 * @param cols        array columns
 * @param cycles      cycles from the first to the last output write, inclusive
 * @param macs        useful MACs (M x N x K)
 * @param utilization time-weighted fraction of PE-cycles doing a MAC, 0..1
 */
public record LayerPerformance(String layer, String dataflow, int rows, int cols, long cycles, long macs,
                               double utilization) {
    public LayerPerformance {
        Checks.name("layer performance", "layer", layer);
        Checks.name("layer performance of " + layer, "dataflow", dataflow);
        Checks.positive("layer performance of " + layer, "rows", rows);
        Checks.positive("layer performance of " + layer, "cols", cols);
        Checks.positive("layer performance of " + layer, "cycles", cycles);
        Checks.nonNegative("layer performance of " + layer, "macs", macs);
        if (!(utilization >= 0 && utilization <= 1)) {
            throw new IllegalArgumentException("layer performance of " + layer + ": field 'utilization' is "
                    + utilization + ", must be in 0..1");
        }
    }

    /** The array configuration as a label, e.g. {@code 32x32 ws}. */
    public String arrayLabel() {
        return rows + "x" + cols + " " + dataflow;
    }

    /** Throughput in MACs per cycle. */
    public double macsPerCycle() {
        return (double) macs / cycles;
    }
}

package dintsim.rtl.power;

import dintsim.rtl.emit.ArrayConfig;

/**
 * What one gate-level run of an array on a GEMM measured.
 *
 * @param design   MAC design of the PEs
 * @param config   the array
 * @param source   the GEMM's operands
 * @param macs     useful MACs of the GEMM (M x K x N)
 * @param cycles   cycles from the first driven cycle to the last output, inclusive (TIMING.md's total)
 * @param totalPj  energy of those cycles: cell output switching plus flip-flop clock pins
 * @param clockPj  of which: clock pins
 * @param split    the switching by part (registers, multipliers, other logic) over the run, its two reset
 *                 cycles included
 */
public record ArrayEnergy(String design, ArrayConfig config, String source, long macs, long cycles, double totalPj,
                          double clockPj, EnergySplit split) {
    /** Energy per useful MAC, pJ: idle PEs (edges of folds, preload, fill and drain) included. */
    public double pjPerMac() {
        return totalPj / macs;
    }

    /** Useful MACs over PE-cycles. */
    public double utilization() {
        return (double) macs / ((long) config.rows() * config.cols() * cycles);
    }
}

package dintsim.reports.pipeline;

import dintsim.reports.model.AreaBreakdown;

/**
 * Synthesis result of one MAC design: area split, and energy per MAC by weight-code kind from
 * the netlist's cells weighted by switching activity.
 *
 * @param design       MAC design name
 * @param area         area split
 * @param zeroPj       energy of a MAC with a zero weight, pJ
 * @param specialPj    energy of a MAC with a special (shift) weight, pJ (0 if the design has none)
 * @param normalPj     energy of a MAC through the multiplier, pJ
 * @param basis        how the figures were obtained (library, activity source)
 */
public record MacCost(String design, AreaBreakdown area, double zeroPj, double specialPj, double normalPj,
                      String basis) {
    /** Energy of a layer run on this design, nJ. */
    public double nanojoules(LayerRun run) {
        return (run.zeroMacs() * zeroPj + run.specialMacs() * specialPj + run.normalMacs() * normalPj) / 1000.0;
    }
}

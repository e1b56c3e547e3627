package dintsim.reports.pipeline;

import dintsim.reports.model.AreaBreakdown;
import dintsim.sim.cost.MacCost;

/**
 * The synthesize stage's result for one design, cached as JSON: its simulator cost entry (the one
 * cost record, {@link MacCost}: energy per MAC kind at the cost table's supply, area) and the area
 * split the area chart draws. The report's energies come from the simulator charging the entry,
 * never from this record directly.
 *
 * @param design design name (the cost table's key; the accumulator is the traces')
 * @param cost   the simulator cost entry, as {@code dintsim synth --out} writes it into costs.json
 * @param area   area split by what the cells implement
 * @param basis  how the figures were obtained (library, activity source)
 */
public record SynthesizedMac(String design, MacCost cost, AreaBreakdown area, String basis) {
}

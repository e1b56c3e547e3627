package dintsim.rtl.synth;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Area of one synthesized design.
 *
 * <p>The design is synthesized with its module hierarchy kept and flattened after mapping, so
 * the totals ({@code areaUm2}, {@code cells}, {@code transistors}, {@code byType}, from the
 * flattened netlist) and the split into multiplier, accumulator and registers (from the per-module
 * statistics) describe the same cells: the three parts add up to {@code hierarchicalAreaUm2},
 * which equals {@code areaUm2}.
 *
 * @param top                  top module
 * @param areaUm2              total area, um^2
 * @param cells                flat cell count
 * @param transistors          flat transistor count (library cells' static-CMOS counts)
 * @param byType               flat cells per library cell type
 * @param flipFlops            flip-flops (register bits)
 * @param registerAreaUm2      hierarchical: area of the flip-flops
 * @param multiplierAreaUm2    hierarchical: combinational area inside multiplier modules
 * @param accumulatorAreaUm2   hierarchical: every other combinational cell (adder, decode, muxes)
 * @param hierarchicalAreaUm2  hierarchical total
 */
public record AreaReport(String top, double areaUm2, int cells, long transistors, SortedMap<String, Integer> byType,
                         int flipFlops, double registerAreaUm2, double multiplierAreaUm2, double accumulatorAreaUm2,
                         double hierarchicalAreaUm2) {
    public AreaReport {
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
    }
}

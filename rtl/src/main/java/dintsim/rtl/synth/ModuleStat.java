package dintsim.rtl.synth;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One module's block of Yosys {@code stat -liberty} output.
 *
 * @param module  module name (without the leading backslash); {@code design hierarchy} for the totals
 * @param cells   number of cells, as Yosys printed it
 * @param byType  cells per type (library cells and, in a hierarchy, sub-module instances), sorted
 * @param areaUm2 the "Chip area" line: the module's own library cells (for the hierarchy: the whole design)
 */
public record ModuleStat(String module, int cells, SortedMap<String, Integer> byType, double areaUm2) {
    public ModuleStat {
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
    }
}

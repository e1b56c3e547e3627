package dintsim.rtl.synth;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns Yosys statistics into an {@link AreaReport}: totals from the flat run, and the split into
 * registers / multiplier / accumulator from the hierarchical run. A module belongs to the
 * multiplier when its name matches {@link #multiplierModules} (or it sits inside one that does);
 * flip-flops are registers wherever they are; everything else counts as accumulator logic.
 */
public final class AreaClassifier {
    /** Default: module names that contain "mul" or "prod" (case-insensitive). */
    public static final Pattern DEFAULT_MULTIPLIER_MODULES = Pattern.compile("(?i).*(mul|prod).*");

    private final CellLibrary library;
    private final Pattern multiplierModules;

    public AreaClassifier(CellLibrary library, Pattern multiplierModules) {
        this.library = library;
        this.multiplierModules = multiplierModules;
    }

    public Pattern multiplierModules() {
        return multiplierModules;
    }

    /** Builds the report; {@code source} names the synthesis run in errors. */
    public AreaReport classify(String top, ModuleStat flat, Map<String, ModuleStat> hierarchy, String source) {
        long transistors = 0;
        int flipFlops = 0;
        double area = 0;
        for (Map.Entry<String, Integer> e : flat.byType().entrySet()) {
            LibraryCell cell = libraryCell(e.getKey(), source + ": flat module " + flat.module());
            transistors += (long) cell.transistors() * e.getValue();
            area += cell.areaUm2() * e.getValue();
            if (cell.sequential()) {
                flipFlops += e.getValue();
            }
        }
        if (Math.abs(area - flat.areaUm2()) > 1e-3 * Math.max(1, area)) {
            throw new IllegalStateException(source + ": Yosys reports " + flat.areaUm2() + " um^2 but the cells add up to "
                    + area + " um^2: the library Yosys read is not the one dintsim parsed");
        }
        double[] split = new double[3];
        walk(top, false, 1, hierarchy, split, source, 0);
        return new AreaReport(top, flat.areaUm2(), flat.cells(), transistors, flat.byType(), flipFlops,
                split[0], split[1], split[2], split[0] + split[1] + split[2]);
    }

    private void walk(String module, boolean inMultiplier, long instances, Map<String, ModuleStat> hierarchy,
                      double[] split, String source, int depth) {
        ModuleStat stat = hierarchy.get(module);
        if (stat == null || depth > 64) {
            throw new IllegalStateException(source + ": hierarchical statistics have no module '" + module + "'");
        }
        boolean multiplier = inMultiplier || multiplierModules.matcher(module).matches();
        for (Map.Entry<String, Integer> e : stat.byType().entrySet()) {
            long n = instances * e.getValue();
            if (hierarchy.containsKey(e.getKey()) && !library.cells().containsKey(e.getKey())) {
                walk(e.getKey(), multiplier, n, hierarchy, split, source, depth + 1);
                continue;
            }
            LibraryCell cell = libraryCell(e.getKey(), source + ": module " + module);
            int slot = cell.sequential() ? 0 : multiplier ? 1 : 2;
            split[slot] += cell.areaUm2() * n;
        }
    }

    private LibraryCell libraryCell(String type, String where) {
        LibraryCell cell = library.cells().get(type);
        if (cell == null) {
            throw new IllegalStateException(where + ": cell type '" + type + "' is not in " + library.name()
                    + " (unmapped logic left after abc?)");
        }
        return cell;
    }
}

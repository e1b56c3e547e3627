package dintsim.rtl.power;

import dintsim.rtl.synth.CellLibrary;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The switching energy of a gate-level run split by the part of the design each cell is in:
 * flip-flop outputs (registers), combinational cells inside a multiplier instance, and every
 * other combinational cell. Clock pins are not in it (they cost the same every cycle).
 *
 * @param registersFj  flip-flop output switching over the run
 * @param multiplierFj switching of cells whose instance path matches the multiplier pattern
 * @param otherFj      the rest
 * @param toggles      cell output transitions over the run
 */
public record EnergySplit(double registersFj, double multiplierFj, double otherFj, long toggles) {
    /** Splits {@code run}'s per-cell toggles of {@code model}'s netlist. */
    public static EnergySplit of(GateLevelModel model, CellLibrary library, Pattern multiplierInstances, ActivityRun run) {
        double registers = 0;
        double multiplier = 0;
        double other = 0;
        long toggles = 0;
        List<CellInstance> cells = model.netlist().cells();
        double[] perTransition = model.energies().perTransitionFj();
        for (int c = 0; c < cells.size(); c++) {
            double e = perTransition[c] * run.cellToggles()[c];
            toggles += run.cellToggles()[c];
            if (library.cell(cells.get(c).type()).sequential()) {
                registers += e;
            } else if (multiplierInstances.matcher(instancePath(cells.get(c).name())).matches()) {
                multiplier += e;
            } else {
                other += e;
            }
        }
        return new EnergySplit(registers, multiplier, other, toggles);
    }

    /** The instance path of a flattened cell name ({@code \mul.cell12} -> {@code mul}; top-level cells -> ""). */
    static String instancePath(String name) {
        String s = name.startsWith("\\") ? name.substring(1) : name;
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(0, dot);
    }
}

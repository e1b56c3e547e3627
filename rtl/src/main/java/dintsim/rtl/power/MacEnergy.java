package dintsim.rtl.power;

import dintsim.models.format.CodeKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Switching energy of one MAC design measured on its gate-level netlist.
 *
 * @param design          design name
 * @param source          where the operands came from
 * @param macs            MACs simulated
 * @param energyPerMacPj  mean energy per MAC, pJ: cell output switching plus flip-flop clock pins
 * @param byKind          the same per MAC kind (kinds that occurred)
 * @param clockPjPerMac   of which: flip-flop clock pins (the same every cycle)
 * @param registerPjPerMac   switching of flip-flop outputs, per MAC
 * @param multiplierPjPerMac switching of cells inside multiplier sub-modules, per MAC
 * @param otherPjPerMac      switching of every other combinational cell, per MAC
 * @param togglesPerMac   cell output transitions per MAC
 * @param totalPj         total energy of the run, pJ
 */
public record MacEnergy(String design, String source, long macs, double energyPerMacPj, Map<CodeKind, KindEnergy> byKind,
                        double clockPjPerMac, double registerPjPerMac, double multiplierPjPerMac, double otherPjPerMac,
                        double togglesPerMac, double totalPj) {
    public MacEnergy {
        EnumMap<CodeKind, KindEnergy> copy = new EnumMap<>(CodeKind.class);
        copy.putAll(byKind);
        byKind = Collections.unmodifiableMap(copy);
    }
}

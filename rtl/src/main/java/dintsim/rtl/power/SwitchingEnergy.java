package dintsim.rtl.power;

import dintsim.models.mac.MacKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Switching energy of one MAC design measured on its gate-level netlist: a measurement, not a cost
 * record; {@link dintsim.rtl.synth.StudyReport#macCost} turns it into the simulator's
 * {@link dintsim.sim.cost.MacCost}.
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
public record SwitchingEnergy(String design, String source, long macs, double energyPerMacPj, Map<MacKind, KindEnergy> byKind,
                        double clockPjPerMac, double registerPjPerMac, double multiplierPjPerMac, double otherPjPerMac,
                        double togglesPerMac, double totalPj) {
    public SwitchingEnergy {
        EnumMap<MacKind, KindEnergy> copy = new EnumMap<>(MacKind.class);
        copy.putAll(byKind);
        byKind = Collections.unmodifiableMap(copy);
    }

    /** Two measurements of the same design as one, weighted by their MAC counts. */
    public static SwitchingEnergy combine(SwitchingEnergy a, SwitchingEnergy b, String source) {
        long n = a.macs + b.macs;
        EnumMap<MacKind, KindEnergy> kinds = new EnumMap<>(MacKind.class);
        for (MacKind k : MacKind.values()) {
            KindEnergy x = a.byKind.get(k);
            KindEnergy y = b.byKind.get(k);
            long c = (x == null ? 0 : x.macs()) + (y == null ? 0 : y.macs());
            if (c > 0) {
                double pj = (x == null ? 0 : x.meanPj() * x.macs()) + (y == null ? 0 : y.meanPj() * y.macs());
                kinds.put(k, new KindEnergy(c, pj / c));
            }
        }
        return new SwitchingEnergy(a.design, source, n, (a.totalPj + b.totalPj) / n, kinds, a.clockPjPerMac,
                mean(a.registerPjPerMac, a.macs, b.registerPjPerMac, b.macs),
                mean(a.multiplierPjPerMac, a.macs, b.multiplierPjPerMac, b.macs),
                mean(a.otherPjPerMac, a.macs, b.otherPjPerMac, b.macs),
                mean(a.togglesPerMac, a.macs, b.togglesPerMac, b.macs), a.totalPj + b.totalPj);
    }

    private static double mean(double x, long nx, double y, long ny) {
        return (x * nx + y * ny) / (nx + ny);
    }
}

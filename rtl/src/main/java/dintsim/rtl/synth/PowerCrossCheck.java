package dintsim.rtl.synth;

import dintsim.rtl.power.NetEnergies;
import dintsim.rtl.timing.StaPower;

/**
 * dintsim's energy model beside OpenSTA's {@code report_power} on the same netlist, both at one
 * uniform activity (every net {@link #ACTIVITY} transitions per cycle; OpenSTA 2.0.17 cannot take
 * per-net activities): a check of the energy per transition (Liberty tables at each net's load and
 * slew, clock pins), independent of how the activity was counted.
 *
 * @param dintsimPjPerCycle dintsim's energy per cycle at that activity: activity x the sum over
 *                          cell output nets of their energy per transition, plus the clock energy
 * @param sta               OpenSTA's report at the timing period
 */
public record PowerCrossCheck(double dintsimPjPerCycle, StaPower sta) {
    /** Transitions per cycle on every net of the comparison. */
    public static final double ACTIVITY = 0.2;

    /** dintsim's figure at {@link #ACTIVITY} from a netlist's energies. */
    public static double dintsimPjPerCycle(NetEnergies energies) {
        double sum = 0;
        for (double e : energies.perTransitionFj()) {
            sum += e;
        }
        return (ACTIVITY * sum + energies.clockFjPerCycle()) / 1000;
    }

    /** dintsim's energy over OpenSTA's dynamic (internal + switching) energy per cycle. */
    public double ratio() {
        return dintsimPjPerCycle / sta.dynamicPjPerCycle();
    }
}

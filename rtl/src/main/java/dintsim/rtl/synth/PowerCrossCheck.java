package dintsim.rtl.synth;

import dintsim.rtl.power.CellInstance;
import dintsim.rtl.power.GateNetlist;
import dintsim.rtl.power.NetActivity;
import dintsim.rtl.power.NetEnergies;
import dintsim.rtl.timing.StaPower;
import java.util.List;

/**
 * dintsim's energy model beside OpenSTA's power of the same netlist, both at the activity measured
 * on the trace operands (every cell output's and input bit's transitions per cycle; OpenSTA gets
 * them pin by pin, {@link dintsim.rtl.timing.OpenSta#power}). The split is OpenSTA's: switching is
 * the charge of the cell output nets (1/2 C V^2 per transition), internal the Liberty tables
 * (cell outputs, flip-flop D pins, clock pins at two transitions a cycle). dintsim also charges the
 * clock pins' capacitance (C V^2 a cycle); OpenSTA does not (the clock port has no driving cell),
 * so that part is shown on its own and is not in the compared totals.
 *
 * <p>OpenSTA before 2.1.0 (Debian's 2.0.17) charges every output transition the rise plus the fall
 * internal energy, each times an unnormalised arc duty, and every clock edge the rise plus the fall
 * clock-pin energy ({@link StaPower#sumsRiseAndFallInternal}); per transition that is twice the
 * tables, so {@link #staInternalPerTransitionPj} halves it (approximately: its data-pin internal
 * energy is not doubled, its duties do not sum to exactly 1).
 *
 * @param dintsimInternalPj  dintsim's internal energy per cycle, pJ
 * @param dintsimSwitchingPj dintsim's cell-output net charging per cycle, pJ
 * @param dintsimClockPinPj  dintsim's clock pin charging per cycle, pJ (not in OpenSTA)
 * @param sta                OpenSTA's power at the timing period
 */
public record PowerCrossCheck(double dintsimInternalPj, double dintsimSwitchingPj, double dintsimClockPinPj, StaPower sta) {
    /** dintsim's split of {@code energies} of {@code netlist} at {@code activity}, beside {@code sta}. */
    public static PowerCrossCheck of(GateNetlist netlist, NetEnergies energies, NetActivity activity, StaPower sta) {
        List<CellInstance> cells = netlist.cells();
        double internalFj = energies.clockFjPerCycle() - energies.clockSwitchingFjPerCycle();
        double switchingFj = 0;
        for (int i = 0; i < cells.size(); i++) {
            Double a = activity.cellOutputs().get(cells.get(i).name());
            if (a == null) {
                throw new IllegalArgumentException(netlist.source() + ": no activity for cell " + cells.get(i).name());
            }
            internalFj += a * (energies.perTransitionFj()[i] - energies.switchingFj()[i]);
            switchingFj += a * energies.switchingFj()[i];
        }
        return new PowerCrossCheck(internalFj / 1000, switchingFj / 1000, energies.clockSwitchingFjPerCycle() / 1000, sta);
    }

    /** dintsim's internal + switching per cycle (without the clock pin charge), pJ. */
    public double dintsimPj() {
        return dintsimInternalPj + dintsimSwitchingPj;
    }

    /** OpenSTA's internal energy per cycle, pJ (W x ns = nJ). */
    public double staInternalPj() {
        return sta.internalW() * sta.periodNs() * 1000;
    }

    /** OpenSTA's switching energy per cycle, pJ. */
    public double staSwitchingPj() {
        return sta.switchingW() * sta.periodNs() * 1000;
    }

    /** OpenSTA's internal energy per cycle as one table energy per transition: halved for OpenSTA < 2.1, pJ. */
    public double staInternalPerTransitionPj() {
        return sta.sumsRiseAndFallInternal() ? staInternalPj() / 2 : staInternalPj();
    }

    /** OpenSTA's switching + internal per transition, per cycle, pJ. */
    public double staPerTransitionPj() {
        return staInternalPerTransitionPj() + staSwitchingPj();
    }

    /** dintsim's internal + switching over OpenSTA's, both per transition. */
    public double ratio() {
        return dintsimPj() / staPerTransitionPj();
    }

    /** dintsim's internal energy over OpenSTA's per transition. */
    public double internalRatio() {
        return dintsimInternalPj / staInternalPerTransitionPj();
    }

    /** dintsim's switching energy over OpenSTA's. */
    public double switchingRatio() {
        return dintsimSwitchingPj / staSwitchingPj();
    }
}

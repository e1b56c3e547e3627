package dintsim.rtl.synth;

/**
 * One energy per output transition and one per clock cycle, whatever the load and slew: the
 * dintsim45 estimate ({@code dintsim_toggle_energy_fj}, {@code dintsim_clock_energy_fj}), whose
 * figures already include a nominal load.
 */
public record FixedPower(double toggleFj, double clockFj) implements CellPower {
    @Override
    public double outputTransitionFj(double loadPf, double inputSlewNs) {
        return toggleFj;
    }

    @Override
    public double inputTransitionFj(String pin, double slewNs) {
        return 0;
    }

    @Override
    public double clockCycleFj(double clockSlewNs) {
        return clockFj;
    }

    /** Not split: the fixed figure counts as internal energy. */
    @Override
    public double loadChargeFj(double loadPf) {
        return 0;
    }

    /** Not split: the fixed figure counts as internal energy. */
    @Override
    public double clockPinChargeFj() {
        return 0;
    }

    @Override
    public double outputSlewNs(double loadPf, double inputSlewNs) {
        return 0;
    }
}

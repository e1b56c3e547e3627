package dintsim.rtl.synth;

/**
 * Energy per MAC of one netlist on one operand stream, zero-delay and glitch-aware (clock
 * energy included in both).
 *
 * @param macs                MACs simulated
 * @param zeroDelayPjPerMac   every net at most one transition per clock phase
 * @param glitchAwarePjPerMac every transition of the timed simulation, glitches included
 * @param zeroDelayTogglesPerMac   cell output transitions per MAC at zero delay
 * @param glitchAwareTogglesPerMac the same, timed
 */
public record GlitchEnergy(long macs, double zeroDelayPjPerMac, double glitchAwarePjPerMac, double zeroDelayTogglesPerMac,
                           double glitchAwareTogglesPerMac) {
    /** No glitch measurement (the study was asked for none). */
    public static final GlitchEnergy NONE = new GlitchEnergy(0, 0, 0, 0, 0);

    public boolean measured() {
        return macs > 0;
    }

    /** Glitch-aware over zero-delay energy. */
    public double ratio() {
        return glitchAwarePjPerMac / zeroDelayPjPerMac;
    }
}

package dintsim.reports.model;

/**
 * Energy per MAC of one MAC kind (or of all MACs) of one design's iso-frequency netlist: on the
 * study's long zero-delay stream, and on the shorter glitch stream both zero-delay and with
 * glitches (timed gate-level simulation).
 *
 * @param design            design name
 * @param kind              {@code zero}, {@code special}, {@code normal} or {@code all}
 * @param macs              MACs of this kind in the long stream
 * @param zeroDelayPj       their mean energy, zero delay, pJ
 * @param glitchMacs        MACs of this kind in the glitch stream (0: glitches not measured)
 * @param glitchZeroDelayPj their mean energy at zero delay, pJ, or null when not measured
 * @param glitchAwarePj     their mean energy with glitches, pJ, or null when not measured
 */
public record MacKindEnergy(String design, String kind, long macs, double zeroDelayPj, long glitchMacs,
                         Double glitchZeroDelayPj, Double glitchAwarePj) {
    public MacKindEnergy {
        Checks.name("kind energy", "design", design);
        Checks.name("kind energy " + design, "kind", kind);
        Checks.nonNegative("kind energy " + design + " " + kind, "zeroDelayPj", zeroDelayPj);
        if ((glitchZeroDelayPj == null) != (glitchAwarePj == null) || (glitchMacs > 0) != (glitchAwarePj != null)) {
            throw new IllegalArgumentException("kind energy " + design + " " + kind + ": fields 'glitchMacs' (" + glitchMacs
                    + "), 'glitchZeroDelayPj' and 'glitchAwarePj' must all be given or all absent");
        }
    }

    /** Glitch-aware over zero-delay on the glitch stream, or null. */
    public Double glitchRatio() {
        return glitchAwarePj == null ? null : glitchAwarePj / glitchZeroDelayPj;
    }
}

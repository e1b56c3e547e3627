package dintsim.reports.model;

import java.util.List;

/**
 * The synthesize stage's iso-frequency study: every design's area-vs-clock sweep, the highest
 * clock all of them meet, each design's netlist there, its energy per MAC by kind with and
 * without glitches, and the INT8 / dINT4 gap decomposition.
 *
 * @param library         cell library name
 * @param isoFrequencyMhz the clock every design meets (0 in {@link #NONE})
 * @param sweep           every timed synthesis, design by design in target order
 * @param isoPoints       per design, its netlist at the iso-frequency
 * @param energyByKind    per design, per kind and all MACs
 * @param gap             the decomposition steps, then the paper's figures
 */
public record SynthesisStudy(String library, double isoFrequencyMhz, List<ClockSweepPoint> sweep, List<IsoPoint> isoPoints,
                             List<MacKindEnergy> energyByKind, List<GapStep> gap) {
    /** Not measured in this run. */
    public static final SynthesisStudy NONE = new SynthesisStudy("none", 0, List.of(), List.of(), List.of(), List.of());

    public SynthesisStudy {
        Checks.name("synthesis study", "library", library);
        Checks.nonNegative("synthesis study", "isoFrequencyMhz", isoFrequencyMhz);
        sweep = List.copyOf(sweep);
        isoPoints = List.copyOf(isoPoints);
        energyByKind = List.copyOf(energyByKind);
        gap = List.copyOf(gap);
    }

    public boolean measured() {
        return !sweep.isEmpty();
    }
}

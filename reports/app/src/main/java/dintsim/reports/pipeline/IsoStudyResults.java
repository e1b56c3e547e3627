package dintsim.reports.pipeline;

import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacKind;
import dintsim.reports.model.ClockSweepPoint;
import dintsim.reports.model.IsoPoint;
import dintsim.reports.model.MacKindEnergy;
import dintsim.rtl.power.KindEnergy;
import dintsim.rtl.synth.GlitchEnergy;
import dintsim.rtl.synth.IsoFrequency;
import dintsim.rtl.synth.StudyRow;
import dintsim.rtl.synth.SweepPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rtl module's iso-frequency study as the report's records: sweep points, each design's
 * netlist at the iso-frequency, energy by MAC kind with and without glitches. Shared by the
 * report's synthesize stage and {@code dintsim synth --sweep-ns}'s chart.
 */
public final class IsoStudyResults {
    /** The row of all MACs beside the kinds. */
    static final String ALL_KINDS = "all";

    private IsoStudyResults() {
    }

    /** Every point of every design's sweep, design by design in target order; the iso choice marked. */
    public static List<ClockSweepPoint> sweepPoints(Map<MacDesign, List<SweepPoint>> sweeps, IsoFrequency iso) {
        List<ClockSweepPoint> out = new ArrayList<>();
        sweeps.forEach((d, sweep) -> sweep.forEach(p -> out.add(new ClockSweepPoint(d.name(), p.delayTargetNs(),
                p.timing().fmaxMhz(), p.areaUm2(), p == iso.chosen().get(d)))));
        return out;
    }

    /** {@code design}'s netlist {@code chosen} among its {@code sweep}. */
    static IsoPoint isoPoint(MacDesign design, List<SweepPoint> sweep, SweepPoint chosen) {
        double best = sweep.stream().mapToDouble(p -> p.timing().fmaxMhz()).max().orElseThrow();
        return new IsoPoint(design.name(), chosen.delayTargetNs(), chosen.timing().fmaxMhz(), best, chosen.areaUm2());
    }

    /**
     * One row per MAC kind the long stream holds, then all MACs: zero-delay on the long stream,
     * and the glitch stream's zero-delay and glitch-aware figures when they were measured.
     */
    static List<MacKindEnergy> energyByKind(StudyRow row) {
        String design = row.design().name();
        GlitchEnergy g = row.glitch();
        List<MacKindEnergy> out = new ArrayList<>();
        for (MacKind k : MacKind.values()) {
            KindEnergy e = row.energy().byKind().get(k);
            if (e == null) {
                continue;
            }
            KindEnergy zero = g.zeroDelayByKind().get(k);
            KindEnergy timed = g.glitchAwareByKind().get(k);
            boolean glitched = zero != null && timed != null && timed.macs() > 0;
            out.add(new MacKindEnergy(design, k.name().toLowerCase(Locale.ROOT), e.macs(), e.meanPj(),
                    glitched ? timed.macs() : 0, glitched ? zero.meanPj() : null, glitched ? timed.meanPj() : null));
        }
        out.add(new MacKindEnergy(design, ALL_KINDS, row.energy().macs(), row.energy().energyPerMacPj(),
                g.measured() ? g.macs() : 0, g.measured() ? g.zeroDelayPjPerMac() : null,
                g.measured() ? g.glitchAwarePjPerMac() : null));
        return out;
    }
}

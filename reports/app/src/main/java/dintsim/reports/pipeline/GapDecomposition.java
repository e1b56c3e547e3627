package dintsim.reports.pipeline;

import dintsim.reports.model.GapStep;
import dintsim.rtl.synth.StudyReport;
import dintsim.rtl.synth.StudyRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The INT8 / dINT4 gap as a chain of measured steps, each one change from the step before, all
 * at the report's iso-frequency: the baseline (the cost table's netlists, zero delay), then
 * glitches, then (when a Booth variant cannot reach the iso-frequency) the same designs at the
 * highest clock the Booth variants reach, then a radix-4 Booth multiplier in both at that clock,
 * then dINT4 at INT8's accumulator width;
 * the library step is not measured by the report (it says why); the paper's figures close it.
 */
final class GapDecomposition {
    static final String BASELINE = "baseline: tool multiplier, own accumulators, iso-frequency, zero delay";
    static final String GLITCHES = "+ glitches (timed gate-level simulation)";
    static final String CLOCK = "+ clock: the highest the Booth variants reach";
    static final String BOOTH = "+ multiplier: radix-4 Booth in both";
    static final String ACCUMULATOR = "+ accumulator: dINT4 at INT8's width";
    static final String LIBRARY = "+ library: OSU 0.35 / 0.5 um";
    static final String PAPER = "paper (dINT, EMNLP 2023, Table 2)";

    private GapDecomposition() {
    }

    /**
     * INT8's and dINT4's rows of one configuration, as the steps read them.
     *
     * @param glitchMacs MACs of the glitch stream (0: glitches not measured; the glitch figures are then 0)
     */
    record Pair(double clockMhz, double int8AreaUm2, double dintAreaUm2, double int8Pj, double dintPj, long glitchMacs,
                double int8GlitchZeroDelayPj, double dintGlitchZeroDelayPj, double int8GlitchPj, double dintGlitchPj,
                int int8AccumulatorBits, int dintAccumulatorBits) {
        static Pair of(double clockMhz, StudyRow int8, StudyRow dint) {
            boolean g = int8.glitch().measured() && dint.glitch().measured();
            return new Pair(clockMhz, int8.area().areaUm2(), dint.area().areaUm2(), int8.energy().energyPerMacPj(),
                    dint.energy().energyPerMacPj(), g ? Math.min(int8.glitch().macs(), dint.glitch().macs()) : 0,
                    g ? int8.glitch().zeroDelayPjPerMac() : 0, g ? dint.glitch().zeroDelayPjPerMac() : 0,
                    g ? int8.glitch().glitchAwarePjPerMac() : 0, g ? dint.glitch().glitchAwarePjPerMac() : 0,
                    int8.design().accumulator().width(), dint.design().accumulator().width());
        }

        boolean glitched() {
            return glitchMacs > 0;
        }

        double areaRatio() {
            return int8AreaUm2 / dintAreaUm2;
        }

        double zeroDelayRatio() {
            return int8Pj / dintPj;
        }

        double glitchRatio() {
            return int8GlitchPj / dintGlitchPj;
        }
    }

    /** A later step: measured, or why not. */
    record Later(Pair pair, String whyNot) {
        static Later measured(Pair p) {
            return new Later(p, null);
        }

        static Later not(String why) {
            return new Later(null, why);
        }
    }

    /**
     * @param baseline    the cost table's netlists of INT8 and dINT4 at the iso-frequency
     * @param clock       the same designs (tool multiplier) at the lower clock the later steps share, or
     *                    null when those steps meet the iso-frequency itself
     * @param booth       both with a radix-4 Booth multiplier, at the later steps' clock
     * @param accumulator Booth in both and dINT4 at INT8's accumulator width, at that clock
     */
    static List<GapStep> steps(Pair baseline, Later clock, Later booth, Later accumulator) {
        List<GapStep> out = new ArrayList<>();
        out.add(step(BASELINE, baseline, baseline.zeroDelayRatio(), String.format(Locale.ROOT,
                "the cost table's netlists (accumulators %d / %d bits), each design's smallest meeting the iso-frequency; "
                        + "energy per MAC on the long stream at zero delay, as the cost table", baseline.int8AccumulatorBits(),
                baseline.dintAccumulatorBits())));
        if (!baseline.glitched()) {
            out.add(GapStep.notMeasured(GLITCHES, "no glitch-aware run in this report"));
        } else {
            out.add(step(GLITCHES, baseline, baseline.glitchRatio(), String.format(Locale.ROOT,
                    "the same netlists; glitch-aware energy (OpenSTA SDF delays, every transition) on the glitch stream "
                            + "(%d MACs); zero delay on those same MACs: %.3fx", baseline.glitchMacs(),
                    baseline.int8GlitchZeroDelayPj() / baseline.dintGlitchZeroDelayPj())));
        }
        if (clock != null) {
            out.add(later(CLOCK, clock, baseline.glitched(), "tool multiplier, own accumulators, each design's smallest "
                    + "netlist meeting the lower clock (from the same sweeps)"));
        }
        out.add(later(BOOTH, booth, baseline.glitched(), "both designs rebuilt around a radix-4 Booth multiplier, swept over "
                + "the same targets, each design's smallest netlist meeting the same clock"));
        out.add(later(ACCUMULATOR, accumulator, baseline.glitched(), "Booth in both, dINT4's accumulator widened to INT8's "
                + "(same fraction bits and overflow), swept, smallest netlist meeting the same clock"));
        out.add(GapStep.notMeasured(LIBRARY, "not in the report's run: each library is two more sweeps (14 syntheses) and "
                + "gate-level runs on another node; dintsim synth --library osu035 / osu050 measures it "
                + "(rtl/docs/AREA_ENERGY.md, 'The gap to the paper, step by step')"));
        out.add(GapStep.paper(PAPER, StudyReport.PAPER_AREA_RATIO, StudyReport.PAPER_POWER_RATIO,
                "the paper's area and power ratios; its library, clock and accumulator widths are not stated"));
        return out;
    }

    private static GapStep later(String name, Later l, boolean glitched, String how) {
        if (l.pair() == null) {
            return GapStep.notMeasured(name, l.whyNot());
        }
        Pair p = l.pair();
        // Measured the way the chain before it ends: with glitches when the glitch step was measured.
        double energy = glitched && p.glitched() ? p.glitchRatio() : p.zeroDelayRatio();
        return step(name, p, energy, how + String.format(Locale.ROOT, "; accumulators %d / %d bits; energy %s; zero delay "
                        + "on the long stream: %.3fx", p.int8AccumulatorBits(), p.dintAccumulatorBits(),
                glitched && p.glitched() ? "glitch-aware on the glitch stream" : "zero delay", p.zeroDelayRatio()));
    }

    private static GapStep step(String name, Pair p, double energyRatio, String basis) {
        return new GapStep(name, false, p.clockMhz(), p.int8AreaUm2(), p.dintAreaUm2(), p.areaRatio(), energyRatio, basis);
    }
}

package dintsim.reports.pipeline;

import dintsim.reports.model.AccuracyPoint;
import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.model.CosimCheck;
import dintsim.reports.model.ErrorHistogram;
import dintsim.reports.model.LayerEnergy;
import dintsim.reports.model.LayerPerformance;
import dintsim.reports.model.MacEnergy;
import dintsim.reports.model.PaperRatio;
import dintsim.reports.model.ReportData;
import dintsim.reports.model.SpecialValuePoint;
import dintsim.reports.model.SynthesisStudy;
import dintsim.rtl.synth.StudyReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the stages' results into {@link ReportData}. Energies are the simulator's, taken from
 * the charged runs on the default array ({@link LayerRun#energyPj()}, what {@code dintsim
 * simulate --costs} prints for the layer): a layer's energy is the simulator's total (MACs,
 * registers, SRAM, DRAM); energy per inference sums the layers; energy per MAC and the paper's
 * power ratio use the simulator's MAC components alone (the MAC units the paper compares); the
 * area ratio divides INT8xINT8's synthesized MAC area by dINT4xINT8's.
 */
public final class ReportAssembler {
    private ReportAssembler() {
    }

    /**
     * @param inputs everything measured; lists may be empty when a stage did not run
     */
    public static ReportData assemble(Inputs inputs) {
        Map<String, SynthesizedMac> costs = new LinkedHashMap<>();
        inputs.costs().forEach(c -> costs.put(c.design(), c));

        List<LayerPerformance> perf = new ArrayList<>();
        for (LayerRun r : inputs.runs()) {
            if (r.setting().equals(inputs.sweepSetting())) {
                perf.add(new LayerPerformance(r.layer(), r.dataflow(), r.rows(), r.cols(), r.cycles(), r.macs(),
                        r.utilization()));
            }
        }

        List<LayerEnergy> layerEnergy = new ArrayList<>();
        Map<String, double[]> energyBySetting = new LinkedHashMap<>(); // total nJ, MACs
        Map<String, double[]> macEnergyByDesign = new LinkedHashMap<>(); // MAC-unit nJ, MACs
        for (LayerRun r : inputs.runs()) {
            if (r.energyPj() == null || !r.arrayLabel().equals(inputs.defaultArray())) {
                continue;
            }
            double nj = r.totalEnergyPj() / 1000;
            if (inputs.energySettings().contains(r.setting())) {
                layerEnergy.add(new LayerEnergy(r.layer(), r.design(), r.macs(), nj));
            }
            accumulate(energyBySetting, r.setting(), nj, r.macs());
            accumulate(macEnergyByDesign, r.design(), r.macEnergyPj() / 1000, r.macs());
        }

        List<MacEnergy> macEnergy = new ArrayList<>();
        macEnergyByDesign.forEach((design, e) -> {
            SynthesizedMac c = costs.get(design);
            macEnergy.add(new MacEnergy(design, e[0] * 1000 / e[1], (c == null ? inputs.costsSource() : c.basis())
                    + "; the simulator's MAC energy (counts by kind x cost entry) over every MAC of the "
                    + inputs.defaultArray() + " runs"));
        });

        List<AccuracyPoint> accuracy = new ArrayList<>();
        List<SpecialValuePoint> sweep = new ArrayList<>();
        for (SettingQuality q : inputs.qualities()) {
            double[] e = energyBySetting.get(q.setting());
            if (e != null) {
                // nJ over every token of the traces -> uJ per inference (sentence).
                accuracy.add(new AccuracyPoint(q.setting(), q.design(), q.meanSqnrDb(), q.embeddingCosine(),
                        e[0] / 1000 / q.inferences()));
            }
            if (q.specialValue() > 0) {
                sweep.add(new SpecialValuePoint(q.specialValue(), q.meanSqnrDb(), q.embeddingCosine(),
                        q.underflowFraction()));
            }
        }

        List<AreaBreakdown> area = inputs.costs().stream().map(SynthesizedMac::area).toList();
        List<String> notes = new ArrayList<>(inputs.notes());
        if (!area.isEmpty() && area.stream().allMatch(a -> a.multiplierUm2() == 0)) {
            // Say it rather than let an empty multiplier segment look like a measurement.
            notes.add("The synthesis flow attributed no cells to a separate multiplier module in any design, so the "
                    + "multiplier segment of the area chart is empty and 'adder' holds the whole combinational datapath.");
        }
        List<PaperRatio> ratios = paperRatios(costs, macEnergyByDesign, inputs.int8Design(), inputs.dintDesign());
        return new ReportData(inputs.title(), notes, area, macEnergy, layerEnergy, perf, accuracy, sweep,
                inputs.weightError(), ratios, inputs.cosim(), inputs.synthesis());
    }

    private static List<PaperRatio> paperRatios(Map<String, SynthesizedMac> costs, Map<String, double[]> energy,
                                                String int8, String dint) {
        SynthesizedMac a = costs.get(int8);
        SynthesizedMac b = costs.get(dint);
        Double areaRatio = a != null && b != null ? a.area().totalUm2() / b.area().totalUm2() : null;
        double[] ea = energy.get(int8);
        double[] eb = energy.get(dint);
        Double energyRatio = ea != null && eb != null ? (ea[0] / ea[1]) / (eb[0] / eb[1]) : null;
        String label = int8 + " / " + dint;
        return List.of(
                new PaperRatio("MAC area, " + label, StudyReport.PAPER_AREA_RATIO, areaRatio,
                        "total cell area of one MAC unit (multiplier + adder + registers) from Yosys"),
                new PaperRatio("MAC power, " + label, StudyReport.PAPER_POWER_RATIO, energyRatio,
                        "the simulator's MAC energy per MAC on the same layers and array (equal clock and MACs per "
                                + "cycle, so the power ratio)"));
    }

    private static void accumulate(Map<String, double[]> m, String key, double nj, long macs) {
        double[] e = m.computeIfAbsent(key, k -> new double[2]);
        e[0] += nj;
        e[1] += macs;
    }

    /**
     * What the stages produced.
     *
     * @param title          report title
     * @param notes          scope statements shown at the top
     * @param qualities      per quantization setting, in report order
     * @param weightError    weight error histograms, or null
     * @param runs           every simulated layer run
     * @param defaultArray   label of the array energy figures use, e.g. {@code 32x32 ws}
     * @param sweepSetting   the setting whose runs the throughput charts show
     * @param energySettings settings whose per-layer energy is charted (one per design)
     * @param costs          synthesis results per design (area; empty without synthesis)
     * @param costsSource    the cost table the charged runs used, named where no synthesis result is
     * @param cosim          co-simulation checks
     * @param int8Design     the paper's baseline design name
     * @param dintDesign     the paper's dINT design name
     * @param synthesis      the synthesize stage's iso-frequency study ({@link SynthesisStudy#NONE}: not run)
     */
    public record Inputs(String title, List<String> notes, List<SettingQuality> qualities, ErrorHistogram weightError,
                         List<LayerRun> runs, String defaultArray, String sweepSetting, List<String> energySettings,
                         List<SynthesizedMac> costs, String costsSource, List<CosimCheck> cosim, String int8Design,
                         String dintDesign, SynthesisStudy synthesis) {
    }
}

package dintsim.reports.chart;

import dintsim.reports.model.CosimCheck;
import dintsim.reports.model.PaperRatio;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns report data into its figures and its chart-less tables, in report order. A chart whose
 * data is empty is left out (the HTML lists it as not measured) rather than drawn empty.
 */
public final class ReportFigures {
    private ReportFigures() {
    }

    public static List<Figure> figures(ReportData d) {
        List<Figure> out = new ArrayList<>();
        if (!d.area().isEmpty()) {
            out.add(AreaChart.figure(d.area(), "Cell area of one MAC unit per design from Yosys synthesis to the "
                    + "project's Liberty library, split by the cells each part of the datapath maps to."));
        }
        if (!d.macEnergy().isEmpty()) {
            out.add(EnergyCharts.perMac(d.macEnergy(), "Average energy of one MAC unit per design as the simulator "
                    + "charges it: MAC counts by kind times the synthesized per-kind energy (gate-level switching on real traces)."));
        }
        if (!d.layerEnergy().isEmpty()) {
            out.add(EnergyCharts.perLayer(d.layerEnergy(), "Energy of each linear layer of one MiniLM inference "
                    + "per design, as dintsim simulate --costs costs.json prints it: MACs, registers, SRAM and DRAM."));
        }
        if (!d.performance().isEmpty()) {
            out.add(PerformanceCharts.throughput(d.performance(), "Simulated MACs per cycle of each layer on each "
                    + "array size and dataflow (cycle counts follow the timing contract, double-buffered folds)."));
            out.add(PerformanceCharts.utilization(d.performance(), "Fraction of PE-cycles doing a MAC, per layer "
                    + "and array: edge folds and fill/drain skew lower it."));
        }
        if (!d.accuracy().isEmpty()) {
            out.add(ParetoChart.sqnr(d.accuracy(), "Mean layer-output SQNR against energy per inference, one point "
                    + "per weight format; the dashed line joins the configurations no other beats on both axes."));
            if (d.accuracy().stream().allMatch(p -> p.embeddingCosine() != null)) {
                out.add(ParetoChart.cosine(d.accuracy(), "Sentence-embedding cosine similarity to FP32 against energy "
                    + "per inference; the dashed line is the Pareto front."));
            }
        }
        if (!d.specialValue().isEmpty()) {
            out.add(SpecialValueChart.figure(d.specialValue(), "dINT4 accuracy as the special value s (in integer "
                    + "steps) varies, as in the paper's appendix A.5."));
        }
        if (d.weightError() != null) {
            out.add(ErrorHistogramChart.figure(d.weightError(), "Distribution of the per-weight quantization error "
                    + "of every linear-layer weight, divided by the largest |weight| of its output channel (so both "
                    + "formats share one axis; the edge bins hold everything beyond). dINT4's special values catch "
                    + "small weights that INT4 flushes to zero."));
        }
        return out;
    }

    /** Tables that have no chart: the paper's ratios and the co-simulation checks. */
    public static List<Table> tables(ReportData d) {
        List<Table> out = new ArrayList<>();
        if (!d.paperRatios().isEmpty()) {
            Table t = new Table("paper-ratios", "dINT paper (Table 2) vs dintsim",
                    List.of("metric", "paper", "dintsim", "basis"));
            for (PaperRatio r : d.paperRatios()) {
                t.add(r.metric(), r.paper(), r.measured() == null ? "not measured" : r.measured(), r.basis());
            }
            out.add(t);
        }
        if (!d.cosim().isEmpty()) {
            Table t = new Table("cosim", "Verilator co-simulation vs Java simulator",
                    List.of("layer", "design", "array", "sim cycles", "RTL cycles", "values compared", "mismatches",
                            "agrees", "problems"));
            for (CosimCheck c : d.cosim()) {
                t.add(c.layer(), c.design(), c.array(), c.simCycles(), c.rtlCycles(), c.valuesCompared(),
                        c.mismatches(), c.agrees() ? "yes" : "NO", c.problems().isEmpty() ? "none" : c.problems());
            }
            out.add(t);
        }
        return out;
    }

    /** Names of the report sections with no data in this run. */
    public static List<String> missing(ReportData d) {
        List<String> out = new ArrayList<>();
        if (d.area().isEmpty()) {
            out.add("area per design (synthesis)");
        }
        if (d.macEnergy().isEmpty()) {
            out.add("energy per MAC (synthesis + switching activity)");
        }
        if (d.layerEnergy().isEmpty()) {
            out.add("energy per layer");
        }
        if (d.performance().isEmpty()) {
            out.add("throughput and utilization (simulation)");
        }
        if (d.accuracy().isEmpty()) {
            out.add("accuracy vs energy (quantization study)");
        }
        if (d.specialValue().isEmpty()) {
            out.add("dINT special-value sweep");
        }
        if (d.weightError() == null) {
            out.add("weight-error histograms");
        }
        if (d.paperRatios().isEmpty()) {
            out.add("paper ratios");
        }
        if (d.cosim().isEmpty()) {
            out.add("co-simulation");
        }
        return out;
    }
}

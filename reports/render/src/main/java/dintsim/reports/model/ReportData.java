package dintsim.reports.model;

import java.util.List;

/**
 * Everything the report shows, in the order it shows it. Deterministic: it holds no time or
 * host information (that is {@link RunInfo}, kept apart), and every list keeps its order.
 * Empty lists mean "not measured in this run"; the report then says so rather than drawing
 * an empty chart.
 *
 * @param title        report title
 * @param notes        statements about scope the reader must see (e.g. which traces were
 *                     co-simulated), in order
 * @param area         area per design
 * @param macEnergy    energy per MAC per design
 * @param layerEnergy  energy per layer and design
 * @param performance  timing per layer and array configuration
 * @param accuracy     accuracy and energy per quantization configuration
 * @param specialValue dINT special-value sweep
 * @param weightError  INT4 vs dINT4 weight error histograms, or null
 * @param paperRatios  the paper's ratios next to dintsim's
 * @param cosim        co-simulation checks
 */
public record ReportData(String title, List<String> notes, List<AreaBreakdown> area, List<MacEnergy> macEnergy,
                         List<LayerEnergy> layerEnergy, List<LayerPerformance> performance,
                         List<AccuracyPoint> accuracy, List<SpecialValuePoint> specialValue,
                         ErrorHistogram weightError, List<PaperRatio> paperRatios, List<CosimCheck> cosim) {
    public ReportData {
        Checks.name("report", "title", title);
        notes = List.copyOf(notes);
        area = List.copyOf(area);
        macEnergy = List.copyOf(macEnergy);
        layerEnergy = List.copyOf(layerEnergy);
        performance = List.copyOf(performance);
        accuracy = List.copyOf(accuracy);
        specialValue = List.copyOf(specialValue);
        paperRatios = List.copyOf(paperRatios);
        cosim = List.copyOf(cosim);
    }
}

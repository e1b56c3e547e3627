package dintsim.reports.model;

import java.util.List;

/**
 * Everything the report shows, in the order it shows it. Deterministic: it holds no time or
 * host information (that is {@link RunInfo}, kept apart), and every list keeps its order.
 * Empty lists mean "not measured in this run"; the report then says so rather than drawing
 * an empty chart. Build one with {@link #builder}, which names every part: a new part then
 * changes no caller that does not set it. Charts read the parts they need through the accessors.
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
 * @param synthesis    the iso-frequency synthesis study ({@link SynthesisStudy#NONE}: not measured)
 */
public record ReportData(String title, List<String> notes, List<AreaBreakdown> area, List<MacEnergy> macEnergy,
                         List<LayerEnergy> layerEnergy, List<LayerPerformance> performance,
                         List<AccuracyPoint> accuracy, List<SpecialValuePoint> specialValue,
                         ErrorHistogram weightError, List<PaperRatio> paperRatios, List<CosimCheck> cosim,
                         SynthesisStudy synthesis) {
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
        if (synthesis == null) {
            throw new IllegalArgumentException("report: field 'synthesis' is null (SynthesisStudy.NONE: not measured)");
        }
    }

    /** A builder with every list empty and no weight-error histogram. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Sets the parts of a {@link ReportData} by name; what is not set stays empty. */
    public static final class Builder {
        private final String title;
        private List<String> notes = List.of();
        private List<AreaBreakdown> area = List.of();
        private List<MacEnergy> macEnergy = List.of();
        private List<LayerEnergy> layerEnergy = List.of();
        private List<LayerPerformance> performance = List.of();
        private List<AccuracyPoint> accuracy = List.of();
        private List<SpecialValuePoint> specialValue = List.of();
        private ErrorHistogram weightError;
        private List<PaperRatio> paperRatios = List.of();
        private List<CosimCheck> cosim = List.of();
        private SynthesisStudy synthesis = SynthesisStudy.NONE;

        private Builder(String title) {
            this.title = title;
        }

        public Builder notes(List<String> v) {
            notes = v;
            return this;
        }

        public Builder area(List<AreaBreakdown> v) {
            area = v;
            return this;
        }

        public Builder macEnergy(List<MacEnergy> v) {
            macEnergy = v;
            return this;
        }

        public Builder layerEnergy(List<LayerEnergy> v) {
            layerEnergy = v;
            return this;
        }

        public Builder performance(List<LayerPerformance> v) {
            performance = v;
            return this;
        }

        public Builder accuracy(List<AccuracyPoint> v) {
            accuracy = v;
            return this;
        }

        public Builder specialValue(List<SpecialValuePoint> v) {
            specialValue = v;
            return this;
        }

        /** The histograms, or null when not measured. */
        public Builder weightError(ErrorHistogram v) {
            weightError = v;
            return this;
        }

        public Builder paperRatios(List<PaperRatio> v) {
            paperRatios = v;
            return this;
        }

        public Builder cosim(List<CosimCheck> v) {
            cosim = v;
            return this;
        }

        public Builder synthesis(SynthesisStudy v) {
            synthesis = v;
            return this;
        }

        public ReportData build() {
            return new ReportData(title, notes, area, macEnergy, layerEnergy, performance, accuracy, specialValue,
                    weightError, paperRatios, cosim, synthesis);
        }
    }
}

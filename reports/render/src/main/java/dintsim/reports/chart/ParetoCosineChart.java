package dintsim.reports.chart;

import dintsim.reports.model.AccuracyPoint;
import dintsim.reports.model.ReportData;

/**
 * Sentence-embedding cosine to FP32 against energy per inference, with the Pareto front. Drawn
 * only when every configuration has a cosine (a whole model was quantized); its missing data is
 * named by {@link ParetoSqnrChart}.
 */
public final class ParetoCosineChart extends ParetoChart {
    @Override
    public String id() {
        return "pareto-cosine";
    }

    @Override
    public String title() {
        return "Accuracy (embedding cosine to FP32) vs energy per inference";
    }

    @Override
    public String caption() {
        return "Sentence-embedding cosine similarity to FP32 against energy per inference; the dashed line is the "
                + "Pareto front.";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.accuracy().isEmpty() && data.accuracy().stream().allMatch(p -> p.embeddingCosine() != null);
    }

    @Override
    double quality(AccuracyPoint p) {
        return p.embeddingCosine();
    }

    @Override
    String qualityLabel() {
        return "embedding cosine similarity";
    }
}

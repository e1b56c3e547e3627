package dintsim.reports.chart;

import dintsim.reports.model.AccuracyPoint;
import dintsim.reports.model.ReportData;
import java.util.Optional;

/** Layer-output SQNR against energy per inference, with the Pareto front. */
public final class ParetoSqnrChart extends ParetoChart {
    @Override
    public String id() {
        return "pareto-sqnr";
    }

    @Override
    public String title() {
        return "Accuracy (layer-output SQNR) vs energy per inference";
    }

    @Override
    public String caption() {
        return "Mean layer-output SQNR against energy per inference, one point per weight format; the dashed line "
                + "joins the configurations no other beats on both axes.";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.accuracy().isEmpty();
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("accuracy vs energy (quantization study)");
    }

    @Override
    double quality(AccuracyPoint p) {
        return p.sqnrDb();
    }

    @Override
    String qualityLabel() {
        return "SQNR [dB]";
    }
}

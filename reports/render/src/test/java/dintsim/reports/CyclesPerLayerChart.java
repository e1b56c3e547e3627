package dintsim.reports;

import dintsim.reports.chart.ChartStyle;
import dintsim.reports.chart.ReportChart;
import dintsim.reports.model.LayerPerformance;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A chart the report does not have, written as a new chart would be: this one class is all it
 * takes (plus a line in ReportCharts.ALL; the tests pass it to the writer instead).
 */
class CyclesPerLayerChart implements ReportChart {
    @Override
    public String id() {
        return "cycles-per-layer";
    }

    @Override
    public String title() {
        return "Cycles per layer and array";
    }

    @Override
    public String caption() {
        return "Simulated cycles of each layer on each array (test chart).";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.performance().isEmpty();
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("cycles per layer (test chart)");
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("layer", "array", "cycles"));
        for (LayerPerformance p : data.performance()) {
            t.add(p.layer(), p.arrayLabel(), p.cycles());
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (LayerPerformance p : data.performance()) {
            ds.addValue(p.cycles(), p.arrayLabel(), p.layer());
        }
        return ChartStyle.apply(ChartFactory.createBarChart(title(), "layer", "cycles", ds, PlotOrientation.VERTICAL,
                true, false, false));
    }
}

package dintsim.reports.chart;

import dintsim.reports.model.LayerPerformance;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * PE utilization per layer, one line per array configuration. Same data as {@link ThroughputChart},
 * which already names it when missing.
 */
public final class UtilizationChart implements ReportChart {
    @Override
    public String id() {
        return "utilization-per-layer";
    }

    @Override
    public String title() {
        return "PE utilization per layer and array";
    }

    @Override
    public String caption() {
        return "Fraction of PE-cycles doing a MAC, per layer and array: edge folds and fill/drain skew lower it.";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.performance().isEmpty();
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("layer", "array", "dataflow", "rows", "cols", "utilization"));
        for (LayerPerformance p : data.performance()) {
            t.add(p.layer(), p.arrayLabel(), p.dataflow(), p.rows(), p.cols(), p.utilization());
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        return LayerLines.chart(title(), "utilization [fraction of PE-cycles]", data.performance(),
                LayerPerformance::utilization);
    }
}

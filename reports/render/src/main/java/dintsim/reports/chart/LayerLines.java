package dintsim.reports.chart;

import dintsim.reports.model.LayerPerformance;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** A per-layer line chart with one line per array configuration, shared by the performance charts. */
final class LayerLines {
    private LayerLines() {
    }

    static JFreeChart chart(String title, String yLabel, List<LayerPerformance> perf,
                            ToDoubleFunction<LayerPerformance> y) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (LayerPerformance p : perf) {
            ds.addValue(y.applyAsDouble(p), p.arrayLabel(), LayerLabels.shorten(p.layer()));
        }
        JFreeChart chart = ChartFactory.createLineChart(title, "layer", yLabel, ds, PlotOrientation.VERTICAL,
                true, false, false);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
        r.setDefaultShapesVisible(true);
        return ChartStyle.apply(chart);
    }
}

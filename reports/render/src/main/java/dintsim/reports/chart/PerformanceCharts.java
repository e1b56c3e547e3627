package dintsim.reports.chart;

import dintsim.reports.model.LayerPerformance;
import dintsim.reports.table.Table;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Throughput (MACs/cycle) and utilization per layer, one line per array configuration. */
public final class PerformanceCharts {
    private PerformanceCharts() {
    }

    public static Figure throughput(List<LayerPerformance> perf, String caption) {
        Table t = new Table("throughput-per-layer", "Throughput per layer and array",
                List.of("layer", "array", "dataflow", "rows", "cols", "cycles", "MACs", "MACs per cycle"));
        for (LayerPerformance p : perf) {
            t.add(p.layer(), p.arrayLabel(), p.dataflow(), p.rows(), p.cols(), p.cycles(), p.macs(), p.macsPerCycle());
        }
        JFreeChart chart = lines(t.title(), "throughput [MACs/cycle, log scale]", perf, LayerPerformance::macsPerCycle);
        // Array sizes 8..64 span 64x in peak throughput: a log axis keeps every size readable.
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        LogAxis log = new LogAxis(plot.getRangeAxis().getLabel());
        log.setBase(2);
        log.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        log.setNumberFormatOverride(new java.text.DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        log.setLabelFont(plot.getRangeAxis().getLabelFont());
        log.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
        plot.setRangeAxis(log);
        return new Figure(caption, chart, t);
    }

    public static Figure utilization(List<LayerPerformance> perf, String caption) {
        Table t = new Table("utilization-per-layer", "PE utilization per layer and array",
                List.of("layer", "array", "dataflow", "rows", "cols", "utilization"));
        for (LayerPerformance p : perf) {
            t.add(p.layer(), p.arrayLabel(), p.dataflow(), p.rows(), p.cols(), p.utilization());
        }
        return new Figure(caption, lines(t.title(), "utilization [fraction of PE-cycles]", perf,
                LayerPerformance::utilization), t);
    }

    private static JFreeChart lines(String title, String yLabel, List<LayerPerformance> perf,
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

package dintsim.reports.chart;

import dintsim.reports.model.AccuracyPoint;
import dintsim.reports.table.Table;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Accuracy against energy per inference, one point per quantization configuration, with the
 * Pareto front (cheapest for its accuracy) drawn as a line. One chart per accuracy measure.
 */
public final class ParetoChart {
    private ParetoChart() {
    }

    public static Figure sqnr(List<AccuracyPoint> points, String caption) {
        return figure("pareto-sqnr", "Accuracy (layer-output SQNR) vs energy per inference", "SQNR [dB]",
                AccuracyPoint::sqnrDb, points, caption);
    }

    /** Needs every point to have an embedding cosine. */
    public static Figure cosine(List<AccuracyPoint> points, String caption) {
        if (points.stream().anyMatch(p -> p.embeddingCosine() == null)) {
            throw new IllegalArgumentException("pareto-cosine: some configurations have no embedding cosine");
        }
        return figure("pareto-cosine", "Accuracy (embedding cosine to FP32) vs energy per inference",
                "embedding cosine similarity", p -> p.embeddingCosine(), points, caption);
    }

    private static Figure figure(String basename, String title, String yLabel, ToDoubleFunction<AccuracyPoint> quality,
                                 List<AccuracyPoint> points, String caption) {
        List<AccuracyPoint> front = ParetoFront.of(points, AccuracyPoint::energyPerInferenceUj, quality);
        Table t = new Table(basename, title, List.of("config", "design", "energy per inference [uJ]",
                "SQNR [dB]", "embedding cosine", "on Pareto front"));
        XYSeries all = new XYSeries("configurations", false, true);
        XYSeries line = new XYSeries("Pareto front", false, true);
        for (AccuracyPoint p : points) {
            t.add(p.config(), p.design(), p.energyPerInferenceUj(), p.sqnrDb(),
                    p.embeddingCosine() == null ? "not measured" : p.embeddingCosine(),
                    front.contains(p) ? "yes" : "no");
            all.add(p.energyPerInferenceUj(), quality.applyAsDouble(p));
        }
        for (AccuracyPoint p : front) {
            line.add(p.energyPerInferenceUj(), quality.applyAsDouble(p));
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(all);
        ds.addSeries(line);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "energy per inference [uJ]", yLabel, ds,
                PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.apply(chart);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(0, ChartStyle.color(0));
        r.setSeriesLinesVisible(1, true);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, ChartStyle.color(3));
        r.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        r.setSeriesItemLabelGenerator(0, (dataset, series, item) -> points.get(item).config());
        r.setSeriesItemLabelsVisible(0, true);
        r.setSeriesItemLabelFont(0, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        // Room for the point labels at both ends.
        plot.getDomainAxis().setLowerMargin(0.12);
        plot.getDomainAxis().setUpperMargin(0.12);
        plot.getRangeAxis().setUpperMargin(0.08);
        return new Figure(caption, chart, t);
    }
}

package dintsim.reports.chart;

import dintsim.reports.model.AccuracyPoint;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
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
 * Pareto front (cheapest for its accuracy) drawn as a line. A subclass picks the accuracy measure.
 */
public abstract class ParetoChart implements ReportChart {
    /** The accuracy measure on the y axis, higher is better. */
    abstract double quality(AccuracyPoint p);

    /** The y-axis label. */
    abstract String qualityLabel();

    @Override
    public Table table(ReportData data) {
        List<AccuracyPoint> points = data.accuracy();
        List<AccuracyPoint> front = front(points);
        Table t = newTable(List.of("config", "design", "energy per inference [uJ]", "SQNR [dB]", "embedding cosine",
                "on Pareto front"));
        for (AccuracyPoint p : points) {
            t.add(p.config(), p.design(), p.energyPerInferenceUj(), p.sqnrDb(),
                    p.embeddingCosine() == null ? "not measured" : p.embeddingCosine(),
                    front.contains(p) ? "yes" : "no");
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        List<AccuracyPoint> points = data.accuracy();
        XYSeries all = new XYSeries("configurations", false, true);
        XYSeries line = new XYSeries("Pareto front", false, true);
        for (AccuracyPoint p : points) {
            all.add(p.energyPerInferenceUj(), quality(p));
        }
        for (AccuracyPoint p : front(points)) {
            line.add(p.energyPerInferenceUj(), quality(p));
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(all);
        ds.addSeries(line);
        JFreeChart chart = ChartFactory.createXYLineChart(title(), "energy per inference [uJ]", qualityLabel(), ds,
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
        return chart;
    }

    private List<AccuracyPoint> front(List<AccuracyPoint> points) {
        return ParetoFront.of(points, AccuracyPoint::energyPerInferenceUj, this::quality);
    }
}

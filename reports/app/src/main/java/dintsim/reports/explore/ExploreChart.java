package dintsim.reports.explore;

import dintsim.reports.chart.ChartStyle;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
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
 * Embedding cosine against energy per inference: the Pareto front's predicted cosine (line), the
 * cosine measured by running each of its allocations (line with dots), and the uniform settings
 * (labelled dots, measured).
 */
public final class ExploreChart {
    private ExploreChart() {
    }

    public static final String TITLE = "Per-layer formats: accuracy (embedding cosine to FP32) vs energy per inference";

    public static JFreeChart draw(List<ExplorePoint> pareto, List<ExplorePoint> uniform) {
        XYSeries predicted = new XYSeries("Pareto front, predicted (sum of per-layer losses)", false, true);
        XYSeries measured = new XYSeries("Pareto front, measured (model run with the allocation)", false, true);
        XYSeries flat = new XYSeries("uniform settings, measured", false, true);
        for (ExplorePoint p : pareto) {
            predicted.add(p.energyPj() / 1e6, p.predictedCosine());
            measured.add(p.energyPj() / 1e6, p.measuredCosine());
        }
        for (ExplorePoint p : uniform) {
            flat.add(p.energyPj() / 1e6, p.measuredCosine());
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(predicted);
        ds.addSeries(measured);
        ds.addSeries(flat);
        JFreeChart chart = ChartFactory.createXYLineChart(TITLE, "energy per inference [uJ]", "embedding cosine similarity",
                ds, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.apply(chart);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesPaint(0, ChartStyle.color(1));
        r.setSeriesShapesVisible(0, false);
        r.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        r.setSeriesPaint(1, ChartStyle.color(0));
        r.setSeriesShape(1, new Rectangle2D.Double(-4, -4, 8, 8));
        r.setSeriesLinesVisible(2, false);
        r.setSeriesPaint(2, ChartStyle.color(3));
        r.setSeriesShape(2, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesItemLabelGenerator(2, (dataset, series, item) -> uniform.get(item).formats().get(0));
        r.setSeriesItemLabelsVisible(2, true);
        r.setSeriesItemLabelFont(2, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        plot.setRenderer(r);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        plot.getDomainAxis().setLowerMargin(0.1);
        plot.getDomainAxis().setUpperMargin(0.1);
        return chart;
    }
}

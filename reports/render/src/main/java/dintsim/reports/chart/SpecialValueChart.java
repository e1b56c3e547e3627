package dintsim.reports.chart;

import dintsim.reports.model.SpecialValuePoint;
import dintsim.reports.table.Table;
import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** dINT4's special-value sweep: SQNR (left axis) and embedding cosine (right axis) against s. */
public final class SpecialValueChart {
    private SpecialValueChart() {
    }

    public static Figure figure(List<SpecialValuePoint> sweep, String caption) {
        Table t = new Table("special-value-sweep", "dINT4 special-value sweep",
                List.of("s", "SQNR [dB]", "embedding cosine", "underflow fraction"));
        XYSeries sqnr = new XYSeries("SQNR [dB]");
        XYSeries cosine = new XYSeries("embedding cosine");
        for (SpecialValuePoint p : sweep) {
            t.add(p.s(), p.sqnrDb(), p.embeddingCosine() == null ? "not measured" : p.embeddingCosine(),
                    p.underflowFraction());
            sqnr.add(p.s(), p.sqnrDb());
            if (p.embeddingCosine() != null) {
                cosine.add(p.s(), p.embeddingCosine());
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(t.title(), "special value s [integer steps]", "SQNR [dB]",
                new XYSeriesCollection(sqnr), PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = (XYPlot) chart.getPlot();
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.setRenderer(0, new XYLineAndShapeRenderer(true, true));
        if (cosine.getItemCount() > 0) {
            NumberAxis right = new NumberAxis("embedding cosine");
            right.setAutoRangeIncludesZero(false);
            plot.setRangeAxis(1, right);
            plot.setDataset(1, new XYSeriesCollection(cosine));
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, new XYLineAndShapeRenderer(true, true));
        }
        ChartStyle.apply(chart); // the theme resets series paints: colour the lines after it
        colour(plot.getRenderer(0), 0);
        if (cosine.getItemCount() > 0) {
            colour(plot.getRenderer(1), 3);
        }
        return new Figure(caption, chart, t);
    }

    private static void colour(XYItemRenderer r, int colour) {
        r.setSeriesPaint(0, ChartStyle.color(colour));
        r.setSeriesStroke(0, new BasicStroke(2f));
    }
}

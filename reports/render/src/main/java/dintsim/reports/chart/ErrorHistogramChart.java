package dintsim.reports.chart;

import dintsim.reports.model.ErrorHistogram;
import dintsim.reports.table.Table;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Overlaid histograms of weight quantization error, one translucent series per format. */
public final class ErrorHistogramChart {
    private ErrorHistogramChart() {
    }

    public static Figure figure(ErrorHistogram h, String caption) {
        List<String> columns = new ArrayList<>(List.of("bin from", "bin to"));
        for (ErrorHistogram.Series s : h.series()) {
            columns.add(s.format() + " [weights]");
        }
        Table t = new Table("weight-error-histogram", "Weight quantization error", columns);
        XYSeriesCollection ds = new XYSeriesCollection();
        for (ErrorHistogram.Series s : h.series()) {
            XYSeries xy = new XYSeries(s.format());
            long[] counts = s.counts();
            for (int i = 0; i < counts.length; i++) {
                xy.add(h.binCentre(i), counts[i]);
            }
            ds.addSeries(xy);
        }
        ds.setIntervalWidth(h.binWidth());
        for (int i = 0; i < h.bins(); i++) {
            Object[] row = new Object[columns.size()];
            row[0] = h.binStart() + i * h.binWidth();
            row[1] = h.binStart() + (i + 1) * h.binWidth();
            for (int s = 0; s < h.series().size(); s++) {
                row[2 + s] = h.series().get(s).counts()[i];
            }
            t.add(row);
        }
        JFreeChart chart = ChartFactory.createXYBarChart(t.title(), "error (dequantized - original) / largest |weight| of the channel",
                false, "weights", ds, PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.apply(chart);
        XYPlot plot = (XYPlot) chart.getPlot();
        // Bars of the formats side by side within each bin: overlaid translucent bars mix colours.
        ClusteredXYBarRenderer r = new ClusteredXYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        plot.setRenderer(r);
        for (int s = 0; s < h.series().size(); s++) {
            r.setSeriesPaint(s, ChartStyle.color(s));
        }
        return new Figure(caption, chart, t);
    }
}

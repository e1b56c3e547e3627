package dintsim.reports.chart;

import dintsim.reports.model.ErrorHistogram;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Histograms of weight quantization error, the formats' bars side by side in each bin. */
public final class ErrorHistogramChart implements ReportChart {
    @Override
    public String id() {
        return "weight-error-histogram";
    }

    @Override
    public String title() {
        return "Weight quantization error";
    }

    @Override
    public String caption() {
        return "Distribution of the per-weight quantization error of every linear-layer weight, divided by the "
                + "largest |weight| of its output channel (so both formats share one axis; the edge bins hold "
                + "everything beyond). dINT4's special values catch small weights that INT4 flushes to zero.";
    }

    @Override
    public boolean applies(ReportData data) {
        return data.weightError() != null;
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("weight-error histograms");
    }

    @Override
    public Table table(ReportData data) {
        ErrorHistogram h = data.weightError();
        List<String> columns = new ArrayList<>(List.of("bin from", "bin to"));
        for (ErrorHistogram.Series s : h.series()) {
            columns.add(s.format() + " [weights]");
        }
        Table t = newTable(columns);
        for (int i = 0; i < h.bins(); i++) {
            Object[] row = new Object[columns.size()];
            row[0] = h.binStart() + i * h.binWidth();
            row[1] = h.binStart() + (i + 1) * h.binWidth();
            for (int s = 0; s < h.series().size(); s++) {
                row[2 + s] = h.series().get(s).counts()[i];
            }
            t.add(row);
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        ErrorHistogram h = data.weightError();
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
        JFreeChart chart = ChartFactory.createXYBarChart(title(),
                "error (dequantized - original) / largest |weight| of the channel", false, "weights", ds,
                PlotOrientation.VERTICAL, true, false, false);
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
        return chart;
    }
}

package dintsim.reports.chart;

import dintsim.reports.model.ReportData;
import dintsim.reports.model.SpecialValuePoint;
import dintsim.reports.table.Table;
import java.awt.BasicStroke;
import java.util.List;
import java.util.Optional;
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
public final class SpecialValueChart implements ReportChart {
    @Override
    public String id() {
        return "special-value-sweep";
    }

    @Override
    public String title() {
        return "dINT4 special-value sweep";
    }

    @Override
    public String caption() {
        return "dINT4 accuracy as the special value s (in integer steps) varies, as in the paper's appendix A.5.";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.specialValue().isEmpty();
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("dINT special-value sweep");
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("s", "SQNR [dB]", "embedding cosine", "underflow fraction"));
        for (SpecialValuePoint p : data.specialValue()) {
            t.add(p.s(), p.sqnrDb(), p.embeddingCosine() == null ? "not measured" : p.embeddingCosine(),
                    p.underflowFraction());
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        XYSeries sqnr = new XYSeries("SQNR [dB]");
        XYSeries cosine = new XYSeries("embedding cosine");
        for (SpecialValuePoint p : data.specialValue()) {
            sqnr.add(p.s(), p.sqnrDb());
            if (p.embeddingCosine() != null) {
                cosine.add(p.s(), p.embeddingCosine());
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title(), "special value s [integer steps]", "SQNR [dB]",
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
        return chart;
    }

    private static void colour(XYItemRenderer r, int colour) {
        r.setSeriesPaint(0, ChartStyle.color(colour));
        r.setSeriesStroke(0, new BasicStroke(2f));
    }
}

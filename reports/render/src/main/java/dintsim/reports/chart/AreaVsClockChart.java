package dintsim.reports.chart;

import dintsim.reports.model.ClockSweepPoint;
import dintsim.reports.model.ReportData;
import dintsim.reports.model.SynthesisStudy;
import dintsim.reports.table.Table;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Area against achieved clock (fmax by static timing), one curve per design from a sweep of the
 * synthesis delay target, with the iso-frequency clock every design meets as a vertical line. A
 * design's curve is its area/fmax trade-off: each point is one netlist. The report's section
 * draws the synthesize stage's sweep; {@code dintsim synth --sweep-ns --out} draws its own with
 * {@link #draw(List, double, String)}.
 */
public final class AreaVsClockChart implements ReportChart {
    @Override
    public String id() {
        return "area-vs-clock";
    }

    @Override
    public String title() {
        return "Area vs clock";
    }

    @Override
    public String caption() {
        return "Each design synthesized at every abc delay target of the sweep and timed by OpenSTA (worst register "
                + "path): area against the fmax reached, one curve per design; the dashed line is the iso-frequency, "
                + "the highest clock every design meets. Each design's area, cost entry and energies are those of its "
                + "smallest netlist meeting it (the 'chosen' rows).";
    }

    @Override
    public boolean applies(ReportData data) {
        return data.synthesis().measured();
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("area-vs-clock sweep and iso-frequency (synthesis)");
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("design", "delay target [ns] (0: none)", "fmax [MHz]", "area [um2]",
                "chosen at iso-frequency"));
        for (ClockSweepPoint p : data.synthesis().sweep()) {
            t.add(p.design(), p.delayTargetNs(), p.fmaxMhz(), p.areaUm2(), p.chosen() ? "yes" : "no");
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        SynthesisStudy s = data.synthesis();
        JFreeChart chart = draw(s.sweep(), s.isoFrequencyMhz(), title());
        chart.addSubtitle(new org.jfree.chart.title.TextTitle("cell library " + s.library()));
        return chart;
    }

    /** The curves of {@code points} with {@code isoMhz} marked, titled {@code title}. */
    public static JFreeChart draw(List<ClockSweepPoint> points, double isoMhz, String title) {
        Map<String, XYSeries> curves = new LinkedHashMap<>();
        for (ClockSweepPoint p : points) {
            // Sorted by fmax: a curve, not the order the targets were given in.
            curves.computeIfAbsent(p.design(), d -> new XYSeries(d, true, true)).add(p.fmaxMhz(), p.areaUm2());
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        curves.values().forEach(ds::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title,
                "fmax [MHz] (OpenSTA, worst register path)", "MAC area [um^2]", ds, PlotOrientation.VERTICAL,
                true, false, false);
        ChartStyle.apply(chart);
        XYPlot plot = (XYPlot) chart.getPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < curves.size(); i++) {
            r.setSeriesPaint(i, ChartStyle.color(i));
            r.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(r);
        ValueMarker iso = new ValueMarker(isoMhz);
        iso.setPaint(java.awt.Color.DARK_GRAY);
        iso.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
        iso.setLabel(String.format(Locale.ROOT, "iso-frequency %.1f MHz", isoMhz));
        iso.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(12, 8, 0, 0));
        plot.addDomainMarker(iso);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        return chart;
    }
}

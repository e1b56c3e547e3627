package dintsim.reports.chart;

import dintsim.reports.model.MacKindEnergy;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Energy per MAC by kind of each design's iso-frequency netlist, zero-delay and with glitches. The
 * chart shows every MAC kind of every design on the glitch stream (the same operands both ways);
 * the table adds the long zero-delay stream the cost table is charged from.
 */
public final class GlitchEnergyChart implements ReportChart {
    static final String ALL = "all";

    @Override
    public String id() {
        return "energy-by-kind";
    }

    @Override
    public String title() {
        return "Energy per MAC by kind, with and without glitches";
    }

    @Override
    public String caption() {
        return "Gate-level switching energy per MAC (clock included) of each design's iso-frequency netlist by MAC kind "
                + "(zero weight / special +-2^j shift / normal multiply): zero-delay (one transition per net and clock "
                + "phase, as the cost table) and glitch-aware (timed simulation with OpenSTA's SDF delays, every "
                + "transition), on the same operands (the glitch stream: the first MACs of each energy layer; a kind "
                + "it holds none of is in the table only). The table also has the long zero-delay stream the cost "
                + "table is charged from.";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.synthesis().energyByKind().isEmpty();
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.empty(); // the area-vs-clock chart names the missing synthesis study
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("design", "kind", "MACs", "zero-delay [pJ/MAC]", "glitch-stream MACs",
                "glitch stream, zero-delay [pJ/MAC]", "glitch stream, glitch-aware [pJ/MAC]", "glitch-aware / zero-delay"));
        for (MacKindEnergy e : data.synthesis().energyByKind()) {
            boolean g = e.glitchAwarePj() != null;
            t.add(e.design(), e.kind(), e.macs(), e.zeroDelayPj(), e.glitchMacs(),
                    g ? (Object) e.glitchZeroDelayPj() : "not measured", g ? (Object) e.glitchAwarePj() : "not measured",
                    g ? (Object) e.glitchRatio() : "not measured");
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        List<MacKindEnergy> rows = data.synthesis().energyByKind();
        // One stream per chart: the glitch stream when measured (kinds it lacks are in the table only).
        boolean glitched = rows.stream().anyMatch(e -> e.glitchAwarePj() != null);
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (MacKindEnergy e : rows) {
            String category = e.design() + " " + e.kind();
            if (!glitched) {
                ds.addValue(e.zeroDelayPj(), "zero-delay", category);
            } else if (e.glitchAwarePj() != null) {
                ds.addValue(e.glitchZeroDelayPj(), "zero-delay", category);
                ds.addValue(e.glitchAwarePj(), "glitch-aware", category);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title(), "design and MAC kind", "energy [pJ/MAC]", ds,
                PlotOrientation.HORIZONTAL, true, false, false);
        ChartStyle.apply(chart);
        // Horizontal: labels on one line beside their bars, not wrapped under them.
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        plot.getDomainAxis().setMaximumCategoryLabelLines(1);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
        plot.getDomainAxis().setCategoryMargin(0.1);
        return chart;
    }
}

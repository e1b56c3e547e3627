package dintsim.reports.chart;

import dintsim.reports.model.MacEnergy;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Energy per MAC, one bar per design. */
public final class EnergyPerMacChart implements ReportChart {
    @Override
    public String id() {
        return "energy-per-mac";
    }

    @Override
    public String title() {
        return "Energy per MAC";
    }

    @Override
    public String caption() {
        return "Average energy of one MAC unit per design as the simulator charges it: MAC counts by kind "
                + "times the synthesized per-kind energy (gate-level switching on real traces).";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.macEnergy().isEmpty();
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("energy per MAC (synthesis + switching activity)");
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("design", "energy [pJ/MAC]", "basis"));
        for (MacEnergy e : data.macEnergy()) {
            t.add(e.design(), e.picojoulesPerMac(), e.basis());
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (MacEnergy e : data.macEnergy()) {
            ds.addValue(e.picojoulesPerMac(), "energy per MAC", e.design());
        }
        JFreeChart chart = ChartFactory.createBarChart(title(), "design", "energy [pJ/MAC]", ds,
                PlotOrientation.VERTICAL, false, false, false);
        return ChartStyle.apply(chart);
    }
}

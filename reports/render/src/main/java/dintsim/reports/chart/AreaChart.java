package dintsim.reports.chart;

import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Area per design as stacked bars: multiplier, adder, registers, other. */
public final class AreaChart implements ReportChart {
    @Override
    public String id() {
        return "area-breakdown";
    }

    @Override
    public String title() {
        return "Area per MAC design";
    }

    @Override
    public String caption() {
        return "Cell area of one MAC unit per design from Yosys synthesis to the project's Liberty library (each design's "
                + "netlist at the iso-frequency when the synthesis study ran), split "
                + "by the cells each part of the datapath maps to.";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.area().isEmpty();
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("area per design (synthesis)");
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("design", "multiplier [um2]", "adder [um2]", "registers [um2]", "other [um2]",
                "total [um2]"));
        for (AreaBreakdown a : data.area()) {
            t.add(a.design(), a.multiplierUm2(), a.adderUm2(), a.registerUm2(), a.otherUm2(), a.totalUm2());
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (AreaBreakdown a : data.area()) {
            ds.addValue(a.multiplierUm2(), "multiplier", a.design());
            ds.addValue(a.adderUm2(), "adder", a.design());
            ds.addValue(a.registerUm2(), "registers", a.design());
            ds.addValue(a.otherUm2(), "other", a.design());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title(), "design", "area [um\u00b2]", ds,
                PlotOrientation.VERTICAL, true, false, false);
        return ChartStyle.apply(chart);
    }
}

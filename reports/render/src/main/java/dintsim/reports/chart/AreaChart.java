package dintsim.reports.chart;

import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.table.Table;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Area per design as stacked bars: multiplier, adder, registers, other. */
public final class AreaChart {
    private AreaChart() {
    }

    public static Figure figure(List<AreaBreakdown> area, String caption) {
        Table t = new Table("area-breakdown", "Area per MAC design",
                List.of("design", "multiplier [um2]", "adder [um2]", "registers [um2]", "other [um2]", "total [um2]"));
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (AreaBreakdown a : area) {
            t.add(a.design(), a.multiplierUm2(), a.adderUm2(), a.registerUm2(), a.otherUm2(), a.totalUm2());
            ds.addValue(a.multiplierUm2(), "multiplier", a.design());
            ds.addValue(a.adderUm2(), "adder", a.design());
            ds.addValue(a.registerUm2(), "registers", a.design());
            ds.addValue(a.otherUm2(), "other", a.design());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(t.title(), "design", "area [um\u00b2]", ds,
                PlotOrientation.VERTICAL, true, false, false);
        return new Figure(caption, ChartStyle.apply(chart), t);
    }
}

package dintsim.reports.chart;

import dintsim.reports.model.LayerEnergy;
import dintsim.reports.model.MacEnergy;
import dintsim.reports.table.Table;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Energy per MAC (one bar per design) and energy per layer (bars grouped by layer). */
public final class EnergyCharts {
    private EnergyCharts() {
    }

    public static Figure perMac(List<MacEnergy> energy, String caption) {
        Table t = new Table("energy-per-mac", "Energy per MAC", List.of("design", "energy [pJ/MAC]", "basis"));
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (MacEnergy e : energy) {
            t.add(e.design(), e.picojoulesPerMac(), e.basis());
            ds.addValue(e.picojoulesPerMac(), "energy per MAC", e.design());
        }
        JFreeChart chart = ChartFactory.createBarChart(t.title(), "design", "energy [pJ/MAC]", ds,
                PlotOrientation.VERTICAL, false, false, false);
        return new Figure(caption, ChartStyle.apply(chart), t);
    }

    public static Figure perLayer(List<LayerEnergy> energy, String caption) {
        Table t = new Table("energy-per-layer", "Energy per layer",
                List.of("layer", "design", "MACs", "energy [nJ]"));
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (LayerEnergy e : energy) {
            t.add(e.layer(), e.design(), e.macs(), e.nanojoules());
            ds.addValue(e.nanojoules(), e.design(), LayerLabels.shorten(e.layer()));
        }
        JFreeChart chart = ChartFactory.createBarChart(t.title(), "layer", "energy [nJ]", ds,
                PlotOrientation.VERTICAL, true, false, false);
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        return new Figure(caption, ChartStyle.apply(chart), t);
    }
}

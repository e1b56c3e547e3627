package dintsim.reports.chart;

import dintsim.reports.model.LayerEnergy;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Energy per layer, bars grouped by layer, one bar per design. */
public final class EnergyPerLayerChart implements ReportChart {
    @Override
    public String id() {
        return "energy-per-layer";
    }

    @Override
    public String title() {
        return "Energy per layer";
    }

    @Override
    public String caption() {
        return "Energy of each linear layer of one MiniLM inference per design, as dintsim simulate --costs "
                + "costs.json prints it: MACs, registers, SRAM and DRAM.";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.layerEnergy().isEmpty();
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("energy per layer");
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("layer", "design", "MACs", "energy [nJ]"));
        for (LayerEnergy e : data.layerEnergy()) {
            t.add(e.layer(), e.design(), e.macs(), e.nanojoules());
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (LayerEnergy e : data.layerEnergy()) {
            ds.addValue(e.nanojoules(), e.design(), LayerLabels.shorten(e.layer()));
        }
        JFreeChart chart = ChartFactory.createBarChart(title(), "layer", "energy [nJ]", ds,
                PlotOrientation.VERTICAL, true, false, false);
        ((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        return ChartStyle.apply(chart);
    }
}

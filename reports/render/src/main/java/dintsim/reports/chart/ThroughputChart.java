package dintsim.reports.chart;

import dintsim.reports.model.LayerPerformance;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;

/** Throughput (MACs/cycle) per layer, one line per array configuration, on a log axis. */
public final class ThroughputChart implements ReportChart {
    @Override
    public String id() {
        return "throughput-per-layer";
    }

    @Override
    public String title() {
        return "Throughput per layer and array";
    }

    @Override
    public String caption() {
        return "Simulated MACs per cycle of each layer on each array size and dataflow (cycle counts follow the "
                + "timing contract, double-buffered folds).";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.performance().isEmpty();
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("throughput and utilization (simulation)");
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("layer", "array", "dataflow", "rows", "cols", "cycles", "MACs", "MACs per cycle"));
        for (LayerPerformance p : data.performance()) {
            t.add(p.layer(), p.arrayLabel(), p.dataflow(), p.rows(), p.cols(), p.cycles(), p.macs(), p.macsPerCycle());
        }
        return t;
    }

    @Override
    public JFreeChart draw(ReportData data) {
        JFreeChart chart = LayerLines.chart(title(), "throughput [MACs/cycle, log scale]", data.performance(),
                LayerPerformance::macsPerCycle);
        // Array sizes 8..64 span 64x in peak throughput: a log axis keeps every size readable.
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        LogAxis log = new LogAxis(plot.getRangeAxis().getLabel());
        log.setBase(2);
        log.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        log.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        log.setLabelFont(plot.getRangeAxis().getLabelFont());
        log.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
        plot.setRangeAxis(log);
        return chart;
    }
}

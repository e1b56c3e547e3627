package dintsim.reports.chart;

import dintsim.reports.model.ReportData;
import dintsim.reports.table.ReportTable;
import org.jfree.chart.JFreeChart;

/**
 * A chart of the report: a {@link ReportTable} (its CSV and inline data table) that is also
 * drawn, as {@code id.png} and {@code id.svg}, with a caption. Adding a chart to the report is one
 * class implementing this and one line in {@link ReportCharts#ALL}.
 */
public interface ReportChart extends ReportTable {
    /** One sentence saying what is plotted and how it was measured. */
    String caption();

    /**
     * The chart, styled with {@link ChartStyle}, titled {@link #title()}; it plots the numbers of
     * {@link #table}. Only called when {@link #applies} holds.
     */
    JFreeChart draw(ReportData data);
}

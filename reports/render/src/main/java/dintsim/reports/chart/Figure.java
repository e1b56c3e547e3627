package dintsim.reports.chart;

import dintsim.reports.table.Table;
import org.jfree.chart.JFreeChart;

/**
 * One chart of the report with the table behind it; the PNG, SVG and CSV files all share the
 * table's basename.
 *
 * @param caption one sentence saying what is plotted and how it was measured
 * @param chart   the chart
 * @param data    the numbers plotted
 */
public record Figure(String caption, JFreeChart chart, Table data) {
    public String basename() {
        return data.basename();
    }

    public String title() {
        return data.title();
    }
}

package dintsim.reports.chart;

import dintsim.reports.model.ReportData;
import dintsim.reports.table.ReportTable;
import dintsim.reports.table.ReportTables;
import dintsim.reports.table.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sections a report has, in report order: its charts and its chart-less tables. The writer
 * and the HTML page iterate these lists and know no chart by name. A section whose data this
 * run did not measure is left out (the HTML names it as not measured) rather than drawn empty.
 *
 * @param charts charts, in report order
 * @param tables chart-less tables, in report order
 */
public record ReportContents(List<ReportChart> charts, List<ReportTable> tables) {
    /** What {@code dintsim report} writes. */
    public static final ReportContents DEFAULT = new ReportContents(ReportCharts.ALL, ReportTables.ALL);

    public ReportContents {
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
        Set<String> ids = new HashSet<>();
        for (ReportTable s : sections(charts, tables)) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("report contents: two sections have the id '" + s.id()
                        + "' (their files would overwrite each other)");
            }
        }
    }

    /** These contents with one more chart at the end. */
    public ReportContents withChart(ReportChart chart) {
        List<ReportChart> more = new ArrayList<>(charts);
        more.add(chart);
        return new ReportContents(more, tables);
    }

    /** The charts that apply to {@code data}, drawn, with their tables. */
    public List<Figure> figures(ReportData data) {
        List<Figure> out = new ArrayList<>();
        for (ReportChart c : charts) {
            if (c.applies(data)) {
                out.add(new Figure(c.caption(), c.draw(data), named(c, c.table(data))));
            }
        }
        return out;
    }

    /** The chart-less tables that apply to {@code data}. */
    public List<Table> tables(ReportData data) {
        List<Table> out = new ArrayList<>();
        for (ReportTable t : tables) {
            if (t.applies(data)) {
                out.add(named(t, t.table(data)));
            }
        }
        return out;
    }

    /** Names of the data this run did not measure, charts' first, each once. */
    public List<String> missing(ReportData data) {
        List<String> out = new ArrayList<>();
        for (ReportTable s : sections(charts, tables)) {
            if (!s.applies(data)) {
                s.missingNote().ifPresent(out::add);
            }
        }
        return out;
    }

    private static List<ReportTable> sections(List<ReportChart> charts, List<ReportTable> tables) {
        List<ReportTable> all = new ArrayList<>(charts);
        all.addAll(tables);
        return all;
    }

    /** The files are named by the section's id: a table built under another name is a bug. */
    private static Table named(ReportTable section, Table table) {
        if (!table.basename().equals(section.id()) || !table.title().equals(section.title())) {
            throw new IllegalStateException(section.getClass().getName() + " built table '" + table.basename()
                    + "' titled '" + table.title() + "'; expected '" + section.id() + "' titled '" + section.title()
                    + "' (use newTable)");
        }
        return table;
    }
}

package dintsim.reports.table;

import java.util.List;

/** The report's chart-less tables, in report order. Adding a table: one class and one line here. */
public final class ReportTables {
    public static final List<ReportTable> ALL = List.of(
            new IsoFrequencyTable(),
            new GapTable(),
            new PaperRatioTable(),
            new CosimTable());

    private ReportTables() {
    }
}

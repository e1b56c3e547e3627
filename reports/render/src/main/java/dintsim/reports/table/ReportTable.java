package dintsim.reports.table;

import dintsim.reports.model.ReportData;
import java.util.List;
import java.util.Optional;

/**
 * One section of the report: a titled table computed from {@link ReportData}, written as
 * {@code id.csv} and shown inline in index.html. A section reads only the parts of the data it
 * needs, so adding one never changes the data record or the writer.
 */
public interface ReportTable {
    /** File basename (CSV, and PNG/SVG for charts) and HTML anchor: lower-case letters, digits, dashes. */
    String id();

    /** Section heading, chart title and table title. */
    String title();

    /** Whether this run measured what the section shows; a section that does not apply is left out. */
    boolean applies(ReportData data);

    /** The numbers shown, built with {@link #newTable}; only called when {@link #applies} holds. */
    Table table(ReportData data);

    /**
     * What "Not measured in this run" names when the section does not apply; empty when an
     * earlier section already names the same missing data (e.g. a second chart of one stage).
     */
    default Optional<String> missingNote() {
        return Optional.empty();
    }

    /** An empty table carrying this section's id and title, for {@link #table} to fill. */
    default Table newTable(List<String> columns) {
        return new Table(id(), title(), columns);
    }
}

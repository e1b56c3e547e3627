package dintsim.reports.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A titled table of cells (String, Long/Integer or Double), the one shape behind every CSV file
 * and HTML table of the report. Rows keep insertion order.
 */
public final class Table {
    private final String basename;
    private final String title;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    /**
     * @param basename file name without extension ({@code area-breakdown}); also the HTML id
     * @param title    human title
     * @param columns  column headers, units in brackets
     */
    public Table(String basename, String title, List<String> columns) {
        if (basename == null || !basename.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("table '" + title + "': basename '" + basename
                    + "' must be lower-case letters, digits and dashes");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + basename + ": no columns");
        }
        this.basename = basename;
        this.title = title;
        this.columns = List.copyOf(columns);
    }

    /** Appends a row; cells must be String, Integer, Long or Double, one per column. */
    public Table add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("table " + basename + ": row " + rows.size() + " has " + cells.length
                    + " cells, expected " + columns.size());
        }
        for (int i = 0; i < cells.length; i++) {
            Object c = cells[i];
            if (!(c instanceof String || c instanceof Integer || c instanceof Long || c instanceof Double)) {
                throw new IllegalArgumentException("table " + basename + ": row " + rows.size() + ", column '"
                        + columns.get(i) + "' holds " + (c == null ? "null" : c.getClass().getSimpleName())
                        + "; expected text or a number");
            }
        }
        rows.add(List.of(cells));
        return this;
    }

    public String basename() {
        return basename;
    }

    public String title() {
        return title;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}

package dintsim.reports.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a {@link Table} as RFC 4180 CSV (comma, CRLF-free "\n" lines, quotes where needed). */
public final class CsvWriter {
    private CsvWriter() {
    }

    public static String toCsv(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns());
        for (List<Object> row : table.rows()) {
            line(out, row.stream().map(CellFormat::exact).toList());
        }
        return out.toString();
    }

    /** Writes {@code dir/basename.csv} and returns its path. */
    public static Path write(Table table, Path dir) throws IOException {
        Path file = dir.resolve(table.basename() + ".csv");
        Files.writeString(file, toCsv(table), StandardCharsets.UTF_8);
        return file;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append('\n');
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}

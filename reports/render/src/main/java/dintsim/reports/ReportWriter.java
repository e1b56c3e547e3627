package dintsim.reports;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dintsim.reports.chart.ChartFiles;
import dintsim.reports.chart.Figure;
import dintsim.reports.chart.ReportContents;
import dintsim.reports.html.HtmlReport;
import dintsim.reports.model.ReportData;
import dintsim.reports.model.RunInfo;
import dintsim.reports.table.CsvWriter;
import dintsim.reports.table.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report directory: index.html, one PNG + SVG + CSV per chart (same basename), one CSV
 * per chart-less table, results.json (the {@link ReportData}) and run-info.json. All but
 * run-info.json (timings, cache hits) are byte-identical for identical data.
 */
public final class ReportWriter {
    /** Sorted keys and stable formatting so that equal data gives equal bytes. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReportWriter() {
    }

    /** Writes the report into {@code dir} (created if needed) and returns the files written, sorted. */
    public static List<Path> write(ReportData data, RunInfo runInfo, Path dir) throws IOException {
        return write(data, runInfo, dir, ReportContents.DEFAULT);
    }

    /** Writes a report of the given charts and tables; {@link #write(ReportData, RunInfo, Path)} uses the default ones. */
    public static List<Path> write(ReportData data, RunInfo runInfo, Path dir, ReportContents contents)
            throws IOException {
        Files.createDirectories(dir);
        List<Figure> figures = contents.figures(data);
        List<Table> tables = contents.tables(data);
        List<Path> written = new ArrayList<>();
        for (Figure f : figures) {
            ChartFiles.write(f, dir);
            written.add(dir.resolve(f.basename() + ".png"));
            written.add(dir.resolve(f.basename() + ".svg"));
            written.add(CsvWriter.write(f.data(), dir));
        }
        for (Table t : tables) {
            written.add(CsvWriter.write(t, dir));
        }
        written.add(writeString(dir.resolve("results.json"), JSON.writeValueAsString(data) + "\n"));
        if (runInfo != null) {
            written.add(writeString(dir.resolve("run-info.json"), JSON.writeValueAsString(runInfo) + "\n"));
        }
        String html = HtmlReport.render(data, figures, tables, contents.missing(data), runInfo);
        written.add(writeString(dir.resolve("index.html"), html));
        written.sort(null);
        removeStale(dir, written);
        return written;
    }

    /**
     * Deletes charts, CSVs and run info a previous report left in {@code dir} that this one did
     * not write (e.g. a chart whose stage did not run this time), so the directory holds exactly
     * one report. Only top-level files of the report's own kinds are touched.
     */
    public static void removeStale(Path dir, List<Path> written) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        written.forEach(w -> names.add(w.getFileName().toString()));
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                boolean ours = name.endsWith(".png") || name.endsWith(".svg") || name.endsWith(".csv")
                        || name.equals("run-info.json");
                if (ours && !names.contains(name)) {
                    Files.delete(f);
                }
            }
        }
    }

    private static Path writeString(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

package dintsim.reports.html;

import dintsim.reports.chart.Figure;
import dintsim.reports.model.ReportData;
import dintsim.reports.model.RunInfo;
import dintsim.reports.table.CellFormat;
import dintsim.reports.table.Table;
import java.util.List;

/**
 * The self-contained index.html: inline CSS, charts as relative links to their PNG files (with
 * links to SVG and CSV), tables inline. It needs no server and no network. A small inline script
 * writes a render check (images loaded, tables with rows) into {@code #render-check} after load,
 * which both a reader and the headless-browser test can see. Everything above the run-info
 * section is a function of {@link ReportData} only.
 */
public final class HtmlReport {
    /** Marks the start of the only part that changes from run to run. */
    public static final String RUN_INFO_BEGIN = "<!-- run-info:begin -->";
    public static final String RUN_INFO_END = "<!-- run-info:end -->";

    private static final String CSS = """
            body{font-family:sans-serif;margin:2em auto;max-width:1060px;color:#222;line-height:1.4}
            h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}
            figure{margin:1em 0}figure img{width:100%;max-width:1000px;border:1px solid #eee}
            figcaption{font-size:.9em;color:#444}
            table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            th{background:#f3f3f3}.note{background:#fffbe6;border-left:4px solid #e6b800;padding:.4em .8em}
            .runinfo{color:#555;font-size:.85em}#render-check{font-size:.8em;color:#777}
            """;

    private static final String CHECK_SCRIPT = """
            <script>
            window.addEventListener('load', function () {
              var imgs = document.images, loaded = 0, broken = [];
              for (var i = 0; i < imgs.length; i++) {
                if (imgs[i].complete && imgs[i].naturalWidth > 0) { loaded++; } else { broken.push(imgs[i].getAttribute('src')); }
              }
              var tables = document.querySelectorAll('table'), empty = [];
              for (var j = 0; j < tables.length; j++) {
                if (tables[j].querySelectorAll('tbody tr').length === 0) { empty.push(tables[j].id); }
              }
              document.getElementById('render-check').textContent = 'render-check images=' + imgs.length
                + ' loaded=' + loaded + ' broken=' + broken.join(';') + ' tables=' + tables.length
                + ' empty=' + empty.join(';');
            });
            </script>
            """;

    private HtmlReport() {
    }

    public static String render(ReportData data, List<Figure> figures, List<Table> tables, List<String> missing,
                                RunInfo runInfo) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(data.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(Html.escape(data.title())).append("</h1>\n");
        for (String note : data.notes()) {
            h.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
        }
        if (!missing.isEmpty()) {
            h.append("<p class=\"note\">Not measured in this run: ").append(Html.escape(String.join("; ", missing)))
                    .append(".</p>\n");
        }
        h.append("<p>Contents: ");
        for (Figure f : figures) {
            h.append("<a href=\"#").append(f.basename()).append("\">").append(Html.escape(f.title())).append("</a> &middot; ");
        }
        for (Table t : tables) {
            h.append("<a href=\"#").append(t.basename()).append("\">").append(Html.escape(t.title())).append("</a> &middot; ");
        }
        h.append("<a href=\"results.json\">results.json</a></p>\n");
        for (Table t : tables) {
            section(h, t, null);
        }
        for (Figure f : figures) {
            section(h, f.data(), f);
        }
        h.append(RUN_INFO_BEGIN).append('\n');
        if (runInfo != null) {
            runInfo(h, runInfo);
        }
        h.append(RUN_INFO_END).append('\n');
        h.append("<p id=\"render-check\">render-check pending (needs JavaScript)</p>\n");
        h.append(CHECK_SCRIPT);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, Table t, Figure f) {
        String id = t.basename();
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(t.title())).append("</h2>\n");
        if (f != null) {
            h.append("<figure>\n<img src=\"").append(id).append(".png\" width=\"1000\" height=\"560\" alt=\"")
                    .append(Html.escape(t.title())).append("\">\n<figcaption>").append(Html.escape(f.caption()))
                    .append(" Files: <a href=\"").append(id).append(".svg\">SVG</a>, <a href=\"").append(id)
                    .append(".png\">PNG</a>, <a href=\"").append(id).append(".csv\">CSV</a>.</figcaption>\n</figure>\n");
            h.append("<details><summary>Data</summary>\n");
        } else {
            h.append("<p><a href=\"").append(id).append(".csv\">CSV</a></p>\n");
        }
        table(h, t);
        if (f != null) {
            h.append("</details>\n");
        }
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<table id=\"table-").append(t.basename()).append("\">\n<thead><tr>");
        for (String c : t.columns()) {
            h.append("<th>").append(Html.escape(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : t.rows()) {
            h.append("<tr>");
            for (Object cell : row) {
                h.append(cell instanceof String ? "<td>" : "<td class=\"num\">")
                        .append(Html.escape(CellFormat.readable(cell))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /** What is the same for every run of this code; timings and cache hits go to run-info.json only (outputs stay byte-identical). */
    private static void runInfo(StringBuilder h, RunInfo r) {
        h.append("<section id=\"run-info\" class=\"runinfo\">\n<h2>Run info</h2>\n<ul>\n")
                .append("<li>code version: ").append(Html.escape(r.codeVersion())).append("</li>\n")
                .append("<li>start time, wall time and each stage's time and cache hits: run-info.json</li>\n")
                .append("</ul>\n</section>\n");
    }
}

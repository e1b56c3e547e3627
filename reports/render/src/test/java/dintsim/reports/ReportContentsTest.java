package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.chart.AreaChart;
import dintsim.reports.chart.ChartStyle;
import dintsim.reports.chart.ReportChart;
import dintsim.reports.chart.ReportContents;
import dintsim.reports.model.LayerPerformance;
import dintsim.reports.model.ReportData;
import dintsim.reports.table.Table;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report is driven by its registered sections: a new chart is one class, nothing else changes. */
class ReportContentsTest {
    static final ReportContents WITH_EXTRA = ReportContents.DEFAULT.withChart(new CyclesPerLayerChart());

    @Test
    void anExtraChartIsWrittenAndShownWithNoOtherChange(@TempDir Path plain, @TempDir Path extra) throws Exception {
        ReportData data = SampleReports.full();
        List<Path> before = ReportWriter.write(data, SampleReports.runInfo(), plain);
        List<Path> after = ReportWriter.write(data, SampleReports.runInfo(), extra, WITH_EXTRA);

        List<String> added = new ArrayList<>(after.stream().map(p -> p.getFileName().toString()).toList());
        added.removeAll(before.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("cycles-per-layer.csv", "cycles-per-layer.png", "cycles-per-layer.svg"), added);

        BufferedImage png = ImageIO.read(extra.resolve("cycles-per-layer.png").toFile());
        assertNotNull(png);
        assertEquals(ChartStyle.WIDTH, png.getWidth());
        assertEquals(ChartStyle.HEIGHT, png.getHeight());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertEquals("svg", f.newDocumentBuilder().parse(extra.resolve("cycles-per-layer.svg").toFile())
                .getDocumentElement().getNodeName());
        List<String> csv = Files.readAllLines(extra.resolve("cycles-per-layer.csv"));
        assertEquals("layer,array,cycles", csv.get(0));
        assertEquals(1 + data.performance().size(), csv.size());
        LayerPerformance first = data.performance().get(0);
        assertEquals(first.layer() + "," + first.arrayLabel() + "," + first.cycles(), csv.get(1));

        for (Path p : before) {
            String name = p.getFileName().toString();
            if (!name.equals("index.html")) {
                assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(extra.resolve(name)), name + " changed");
            }
        }
        String html = Files.readString(extra.resolve("index.html"));
        String link = "<a href=\"#cycles-per-layer\">Cycles per layer and array</a> &middot; ";
        int sectionStart = html.indexOf("<section id=\"cycles-per-layer\">");
        int sectionEnd = html.indexOf("</section>\n", sectionStart) + "</section>\n".length();
        assertTrue(html.contains(link), "no contents entry");
        assertTrue(sectionStart > 0, "no section");
        String section = html.substring(sectionStart, sectionEnd);
        assertTrue(section.contains("<img src=\"cycles-per-layer.png\""), section);
        assertTrue(section.contains("Simulated cycles of each layer on each array (test chart)."), section);
        assertTrue(section.contains("<a href=\"cycles-per-layer.svg\">SVG</a>"), section);
        assertTrue(section.contains("<a href=\"cycles-per-layer.csv\">CSV</a>"), section);
        assertTrue(section.contains("<table id=\"table-cycles-per-layer\">"), section);
        String withoutExtra = (html.substring(0, sectionStart) + html.substring(sectionEnd)).replace(link, "");
        assertEquals(Files.readString(plain.resolve("index.html")), withoutExtra,
                "the extra chart changed index.html beyond its own section and contents entry");
    }

    @Test
    void anExtraChartWithoutDataIsNamedAsNotMeasured(@TempDir Path dir) throws Exception {
        ReportData areaOnly = ReportData.builder("area only").area(SampleReports.full().area()).build();
        ReportWriter.write(areaOnly, null, dir, WITH_EXTRA);
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("; cycles per layer (test chart); paper ratios; co-simulation."), html);
        assertFalse(Files.exists(dir.resolve("cycles-per-layer.png")));
        assertTrue(Files.exists(dir.resolve("area-breakdown.png")));
    }

    @Test
    void twoSectionsWithOneIdAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportContents.DEFAULT.withChart(new AreaChart()));
        assertTrue(e.getMessage().contains("'area-breakdown'"), e.getMessage());
    }

    @Test
    void aTableNotNamedAfterItsChartIsRejected() {
        ReportChart misnamed = new CyclesPerLayerChart() {
            @Override
            public Table table(ReportData data) {
                return new Table("cycles", "Cycles", List.of("layer"));
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReportContents.DEFAULT.withChart(misnamed).figures(SampleReports.full()));
        assertTrue(e.getMessage().contains("expected 'cycles-per-layer'"), e.getMessage());
    }

    @Test
    void everyDefaultChartDrawsTheTitleOfItsTable() {
        for (ReportChart c : ReportContents.DEFAULT.charts()) {
            JFreeChart chart = c.draw(SampleReports.full());
            assertEquals(c.title(), chart.getTitle().getText(), c.id());
        }
    }
}

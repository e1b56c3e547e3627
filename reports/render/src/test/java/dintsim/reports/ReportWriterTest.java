package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dintsim.reports.chart.ChartStyle;
import dintsim.reports.html.HtmlReport;
import dintsim.reports.model.ReportData;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportWriterTest {
    static final List<String> CHARTS = List.of("area-breakdown", "area-vs-clock", "energy-per-mac", "energy-by-kind",
            "energy-per-layer",
            "throughput-per-layer", "utilization-per-layer", "pareto-sqnr", "pareto-cosine", "special-value-sweep",
            "weight-error-histogram");

    @Test
    void writesPngSvgAndCsvPerChart(@TempDir Path dir) throws Exception {
        ReportWriter.write(SampleReports.full(), SampleReports.runInfo(), dir);
        for (String c : CHARTS) {
            BufferedImage img = ImageIO.read(dir.resolve(c + ".png").toFile());
            assertNotNull(img, c + ".png does not decode");
            assertEquals(ChartStyle.WIDTH, img.getWidth());
            assertEquals(ChartStyle.HEIGHT, img.getHeight());
            assertTrue(distinctColours(img) > 5, c + ".png looks blank");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
            Document svg = f.newDocumentBuilder().parse(dir.resolve(c + ".svg").toFile());
            assertEquals("svg", svg.getDocumentElement().getLocalName());
            assertTrue(Files.readString(dir.resolve(c + ".csv")).lines().count() >= 2, c + ".csv has no data rows");
        }
        assertTrue(Files.exists(dir.resolve("paper-ratios.csv")));
        assertTrue(Files.exists(dir.resolve("cosim.csv")));
        assertTrue(Files.exists(dir.resolve("iso-frequency.csv")));
        assertTrue(Files.exists(dir.resolve("gap-decomposition.csv")));
    }

    @Test
    void csvHoldsExactNumbersAndQuotesText(@TempDir Path dir) throws Exception {
        ReportWriter.write(SampleReports.full(), null, dir);
        List<String> area = Files.readAllLines(dir.resolve("area-breakdown.csv"));
        assertEquals("design,multiplier [um2],adder [um2],registers [um2],other [um2],total [um2]", area.get(0));
        assertEquals("int8xint8,300,120,200,0,620", area.get(1));
        assertEquals("int4xint8,150,121,203,10.5,484.5", area.get(2));
        List<String> ratios = Files.readAllLines(dir.resolve("paper-ratios.csv"));
        assertEquals("power int8xint8 / dint4xint8,2.56,not measured,test data", ratios.get(2));
    }

    @Test
    void jsonRoundTripsTheData(@TempDir Path dir) throws Exception {
        ReportData data = SampleReports.full();
        ReportWriter.write(data, SampleReports.runInfo(), dir);
        JsonNode root = ReportWriter.JSON.readTree(dir.resolve("results.json").toFile());
        assertEquals(4, root.get("area").size());
        assertEquals("dint4xint8", root.get("area").get(2).get("design").asText());
        assertEquals(data.performance().size(), root.get("performance").size());
        assertEquals(0.9991, root.get("accuracy").get(0).get("embeddingCosine").asDouble());
        assertFalse(Files.readString(dir.resolve("results.json")).contains("2026-11-24"), "run info leaked into results");
        ReportData back = ReportWriter.JSON.readValue(dir.resolve("results.json").toFile(), ReportData.class);
        assertEquals(data.area(), back.area());
        assertEquals(data.performance(), back.performance());
        assertEquals(data.accuracy(), back.accuracy());
        assertEquals(SampleReports.runInfo().startedUtc(),
                ReportWriter.JSON.readTree(dir.resolve("run-info.json").toFile()).get("startedUtc").asText());
    }

    @Test
    void sameDataGivesSameBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        List<Path> first = ReportWriter.write(SampleReports.full(), SampleReports.runInfo(), a);
        ReportWriter.write(SampleReports.full(),
                new dintsim.reports.model.RunInfo("2030-01-01T00:00:00Z", 99, "other", 1, List.of()), b);
        for (Path f : first) {
            String name = f.getFileName().toString();
            if (name.equals("run-info.json")) {
                continue;
            }
            byte[] x = Files.readAllBytes(f);
            byte[] y = Files.readAllBytes(b.resolve(name));
            if (name.equals("index.html")) {
                assertEquals(withoutRunInfo(new String(x)), withoutRunInfo(new String(y)));
            } else {
                assertArrayEquals(x, y, name + " differs between two runs on the same data");
            }
        }
    }

    @Test
    void htmlLinksOnlyLocalFilesThatExist(@TempDir Path dir) throws Exception {
        ReportWriter.write(SampleReports.full(), SampleReports.runInfo(), dir);
        String html = Files.readString(dir.resolve("index.html"));
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            String target = m.group(1);
            assertFalse(target.contains(":"), "non-relative link " + target);
            assertTrue(Files.exists(dir.resolve(target)), "link to missing file " + target);
            links++;
        }
        assertTrue(links >= 4 * CHARTS.size(), "only " + links + " links");
        for (String c : CHARTS) {
            assertTrue(html.contains("<img src=\"" + c + ".png\""), c + " not shown");
        }
        assertTrue(html.contains("test data"));
        assertTrue(html.contains("with a comma, and &quot;quotes&quot;."));
        assertFalse(html.contains("Not measured in this run"));
    }

    @Test
    void partialDataSaysWhatIsMissingAndDrawsNoEmptyChart(@TempDir Path dir) throws Exception {
        List<Path> files = ReportWriter.write(SampleReports.simulationOnly(), null, dir);
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("Not measured in this run: area per design (synthesis)"));
        assertTrue(Files.exists(dir.resolve("throughput-per-layer.png")));
        assertFalse(Files.exists(dir.resolve("area-breakdown.png")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(files.size(), s.count());
        }
    }

    @Test
    void aNewReportRemovesChartsThePreviousOneLeft(@TempDir Path dir) throws Exception {
        ReportWriter.write(SampleReports.full(), SampleReports.runInfo(), dir);
        Files.writeString(dir.resolve("notes.txt"), "the user's own file");
        ReportWriter.write(SampleReports.simulationOnly(), null, dir);
        assertFalse(Files.exists(dir.resolve("area-breakdown.png")));
        assertFalse(Files.exists(dir.resolve("run-info.json")));
        assertTrue(Files.exists(dir.resolve("notes.txt")), "only the report's own kinds of files are removed");
        assertTrue(Files.exists(dir.resolve("throughput-per-layer.svg")));
    }

    static String withoutRunInfo(String html) {
        int b = html.indexOf(HtmlReport.RUN_INFO_BEGIN);
        int e = html.indexOf(HtmlReport.RUN_INFO_END);
        assertTrue(b > 0 && e > b, "run-info markers missing");
        return html.substring(0, b) + html.substring(e);
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

}

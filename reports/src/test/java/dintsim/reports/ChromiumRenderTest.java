package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.chart.ReportContents;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the written report in headless Chromium, straight from disk, and reads its render check. */
@Tag("chromium")
class ChromiumRenderTest {
    @Test
    void everyChartLoadsAndEveryTableHasRows(@TempDir Path dir) throws Exception {
        ReportWriter.write(SampleReports.full(), SampleReports.runInfo(), dir);
        HeadlessChromium.RenderCheck check = HeadlessChromium.RenderCheck.parse(
                HeadlessChromium.dumpDom(dir.resolve("index.html")));
        int charts = ReportContents.DEFAULT.figures(SampleReports.full()).size();
        int tables = charts + ReportContents.DEFAULT.tables(SampleReports.full()).size();
        assertEquals(charts, check.images());
        assertEquals(charts, check.loaded(), "broken images: " + check.broken());
        assertEquals("", check.broken());
        assertEquals(tables, check.tables());
        assertEquals("", check.empty(), "tables without rows");
    }

    @Test
    void theCheckSeesAMissingChart(@TempDir Path dir) throws Exception {
        ReportWriter.write(SampleReports.full(), null, dir);
        Files.delete(dir.resolve("pareto-sqnr.png"));
        HeadlessChromium.RenderCheck check = HeadlessChromium.RenderCheck.parse(
                HeadlessChromium.dumpDom(dir.resolve("index.html")));
        assertEquals(check.images() - 1, check.loaded());
        assertTrue(check.broken().contains("pareto-sqnr.png"), check.broken());
    }
}

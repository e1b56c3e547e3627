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
        rendersCompletely(ReportContents.DEFAULT, dir);
    }

    @Test
    void anExtraChartLoadsLikeTheRegisteredOnes(@TempDir Path dir) throws Exception {
        rendersCompletely(ReportContentsTest.WITH_EXTRA, dir);
    }

    private static void rendersCompletely(ReportContents contents, Path dir) throws Exception {
        ReportWriter.write(SampleReports.full(), SampleReports.runInfo(), dir, contents);
        HeadlessChromium.RenderCheck check = HeadlessChromium.RenderCheck.parse(
                HeadlessChromium.dumpDom(dir.resolve("index.html")));
        int charts = contents.figures(SampleReports.full()).size();
        int tables = charts + contents.tables(SampleReports.full()).size();
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

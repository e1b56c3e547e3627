package dintsim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.ReportWriter;
import dintsim.reports.SampleReports;
import dintsim.reports.model.GapStep;
import dintsim.reports.model.MacKindEnergy;
import dintsim.reports.model.ReportData;
import dintsim.reports.model.SynthesisStudy;
import dintsim.reports.table.GapTable;
import dintsim.reports.table.IsoFrequencyTable;
import dintsim.reports.table.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthesis study's sections: area vs clock, fmax per design, energy by kind with glitches, the gap table. */
class SynthesisSectionsTest {
    private static final ReportData DATA = ReportData.builder("t").synthesis(SampleReports.synthesis()).build();

    @Test
    void areaVsClockHasOneNonEmptyCurvePerDesignAndMarksTheChosenNetlists() {
        AreaVsClockChart c = new AreaVsClockChart();
        assertTrue(c.applies(DATA));
        XYSeriesCollection ds = (XYSeriesCollection) ((XYPlot) c.draw(DATA).getPlot()).getDataset();
        assertEquals(2, ds.getSeriesCount());
        for (int s = 0; s < ds.getSeriesCount(); s++) {
            assertEquals(3, ds.getSeries(s).getItemCount(), "series " + ds.getSeriesKey(s));
        }
        Table t = c.table(DATA);
        assertEquals(6, t.rows().size());
        assertEquals(List.of("dint4xint8", 1.5, 252.0, 21477.0, "yes"), t.rows().get(5));
        assertEquals("no", t.rows().get(0).get(4));
    }

    @Test
    void isoFrequencyTableHasEachDesignsFmax() {
        Table t = new IsoFrequencyTable().table(DATA);
        assertTrue(t.columns().contains("fmax of this netlist [MHz]"), t.columns().toString());
        assertEquals(List.of("int8xint8", 234.0, 1.5, 234.0, 234.0, 36802.0), t.rows().get(0));
    }

    @Test
    void energyByKindShowsZeroDelayAndGlitchAwareSideBySide() {
        GlitchEnergyChart c = new GlitchEnergyChart();
        Table t = c.table(DATA);
        int glitch = t.columns().indexOf("glitch stream, glitch-aware [pJ/MAC]");
        assertTrue(glitch > 0, "no glitch-aware column: " + t.columns());
        assertEquals(60.0, t.rows().get(1).get(glitch));
        assertEquals(60.0 / 36.0, t.rows().get(1).get(glitch + 1));
        assertEquals("not measured", t.rows().get(3).get(glitch), "dint4 zero MACs had no glitch-stream MACs");
        CategoryDataset ds = ((CategoryPlot) c.draw(DATA).getPlot()).getDataset();
        assertEquals(List.of("zero-delay", "glitch-aware"), ds.getRowKeys());
        assertEquals(60.0, ds.getValue("glitch-aware", "int8xint8 normal").doubleValue());
        assertEquals(36.0, ds.getValue("zero-delay", "int8xint8 normal").doubleValue());
        assertFalse(ds.getColumnKeys().contains("dint4xint8 zero"), "a kind without glitch-stream MACs is in the table only");
    }

    @Test
    void gapTableGivesEachStepsFactorAndWhatRemainsToThePaper() {
        Table t = new GapTable().table(DATA);
        List<String> cols = t.columns();
        int area = cols.indexOf("area ratio");
        int energy = cols.indexOf("energy ratio");
        int areaStep = cols.indexOf("area x vs previous");
        int energyStep = cols.indexOf("energy x vs previous");
        assertEquals(5, t.rows().size());
        assertEquals("-", t.rows().get(0).get(areaStep), "the baseline has no previous row");
        assertEquals(1.93 / 1.79, (double) t.rows().get(1).get(energyStep), 1e-12);
        assertEquals("not measured", t.rows().get(2).get(area));
        // The step after a left-out one is compared with the last measured row.
        assertEquals(1.5 / 1.71, (double) t.rows().get(3).get(areaStep), 1e-12);
        List<Object> paper = t.rows().get(4);
        assertEquals(1.93, paper.get(area));
        assertEquals(2.56, paper.get(energy));
        assertEquals(1.93 / 1.5, (double) paper.get(areaStep), 1e-12);
        assertTrue(((String) paper.get(cols.size() - 1)).contains("what remains"), paper.toString());
    }

    @Test
    void aGapStepMustHaveBothRatiosOrNeither() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GapStep("x", false, 1.0, 1.0, 1.0, 1.5, null, "b"));
        assertTrue(e.getMessage().contains("'energyRatio'"), e.getMessage());
        assertThrows(() -> new MacKindEnergy("d", "zero", 1, 1, 5, null, null));
    }

    @Test
    void withoutTheStudyTheSectionsAreLeftOutAndNamed(@TempDir Path dir) throws Exception {
        ReportData none = ReportData.builder("t").area(SampleReports.full().area()).build();
        assertFalse(none.synthesis().measured());
        assertFalse(new AreaVsClockChart().applies(none));
        assertFalse(new GlitchEnergyChart().applies(none));
        assertFalse(new GapTable().applies(none));
        assertFalse(new IsoFrequencyTable().applies(none));
        ReportWriter.write(none, null, dir);
        assertTrue(Files.readString(dir.resolve("index.html")).contains("area-vs-clock sweep and iso-frequency (synthesis)"));
        assertFalse(Files.exists(dir.resolve("area-vs-clock.png")));
        assertFalse(Files.exists(dir.resolve("gap-decomposition.csv")));
    }

    @Test
    void resultsJsonCarriesTheStudy(@TempDir Path dir) throws Exception {
        ReportWriter.write(SampleReports.full(), null, dir);
        SynthesisStudy back = ReportWriter.JSON.readValue(dir.resolve("results.json").toFile(), ReportData.class).synthesis();
        assertEquals(SampleReports.synthesis(), back);
    }

    private static void assertThrows(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, e);
    }
}

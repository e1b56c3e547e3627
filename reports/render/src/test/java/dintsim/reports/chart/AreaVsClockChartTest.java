package dintsim.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.reports.model.ClockSweepPoint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class AreaVsClockChartTest {
    @Test
    void oneCurvePerDesignSortedByClockWithTheIsoFrequencyMarked() throws Exception {
        List<ClockSweepPoint> points = List.of(
                new ClockSweepPoint("a", 0, 170, 27000, false), new ClockSweepPoint("a", 1.5, 234, 36800, true),
                new ClockSweepPoint("a", 4, 185, 28000, false), new ClockSweepPoint("b", 0, 178, 17000, false),
                new ClockSweepPoint("b", 1.5, 252, 21500, true));
        JFreeChart chart = AreaVsClockChart.draw(points, 226.6, "Area vs clock (lib)");
        XYPlot plot = (XYPlot) chart.getPlot();
        XYSeriesCollection ds = (XYSeriesCollection) plot.getDataset();
        assertEquals(2, ds.getSeriesCount());
        assertEquals("a", ds.getSeriesKey(0));
        assertEquals(3, ds.getSeries(0).getItemCount());
        // Sorted by fmax, not by target order: 170, 185, 234 MHz.
        assertEquals(185.0, ds.getSeries(0).getX(1).doubleValue());
        assertEquals(28000.0, ds.getSeries(0).getY(1).doubleValue());
        ValueMarker iso = (ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(226.6, iso.getValue());
        assertTrue(iso.getLabel().contains("226.6 MHz"));
        assertTrue(ChartFiles.png(chart).length > 1000);
    }
}

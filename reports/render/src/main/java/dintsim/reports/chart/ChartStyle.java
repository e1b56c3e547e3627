package dintsim.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;

/**
 * One look for every chart: fixed size, fixed fonts, a fixed palette (so a series has the same
 * colour in every run), flat bars (no gradients), white background.
 */
public final class ChartStyle {
    /** Every chart is rendered at this size, in pixels (PNG) and user units (SVG). */
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 560;

    /** Colour-blind-safe palette (Okabe-Ito), in series order. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000),
    };

    private ChartStyle() {
    }

    public static Paint color(int series) {
        Color c = PALETTE[series % PALETTE.length];
        if (series < PALETTE.length) {
            return c;
        }
        return c.darker(); // beyond the palette: same hues, darker, still distinct from the first round
    }

    /** Applies the common look to a freshly made chart and returns it. */
    public static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("dintsim");
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot cp) {
            // Long design names (dint4(s=0.25)xint8 beside dint4(s=0.75)xint8) must stay whole:
            // wrap them over lines and let them use more than their category's width.
            cp.getDomainAxis().setMaximumCategoryLabelLines(3);
            cp.getDomainAxis().setMaximumCategoryLabelWidthRatio(1.6f);
            for (int d = 0; d < cp.getRendererCount(); d++) {
                if (cp.getRenderer(d) instanceof BarRenderer br) {
                    br.setDrawBarOutline(false);
                    br.setShadowVisible(false);
                }
                if (cp.getRenderer(d) != null) {
                    for (int s = 0; s < 32; s++) {
                        cp.getRenderer(d).setSeriesPaint(s, color(s));
                        cp.getRenderer(d).setSeriesStroke(s, new BasicStroke(2f));
                    }
                }
            }
        } else if (plot instanceof XYPlot xp) {
            for (int d = 0; d < xp.getRendererCount(); d++) {
                if (xp.getRenderer(d) instanceof XYBarRenderer br) {
                    br.setDrawBarOutline(false);
                    br.setShadowVisible(false);
                }
            }
        }
        return chart;
    }
}

package dintsim.reports.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.graphics2d.svg.SVGGraphics2D;

/**
 * Renders a chart to PNG and SVG bytes at the fixed size of {@link ChartStyle}. Both are
 * reproducible: the PNG is drawn with explicit rendering hints into a fresh RGB image and
 * encoded by ImageIO (no timestamp chunks); the SVG uses a fixed id prefix instead of JFreeSVG's
 * time-based default.
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    public static byte[] png(JFreeChart chart) throws IOException {
        BufferedImage image = new BufferedImage(ChartStyle.WIDTH, ChartStyle.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this JVM");
        }
        return out.toByteArray();
    }

    /** A standalone SVG document; {@code id} prefixes every internal id (clip paths, gradients). */
    public static String svg(JFreeChart chart, String id) {
        SVGGraphics2D g = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        return g.getSVGDocument();
    }

    /** Writes {@code dir/basename.png} and {@code dir/basename.svg}. */
    public static void write(Figure figure, Path dir) throws IOException {
        Files.write(dir.resolve(figure.basename() + ".png"), png(figure.chart()));
        Files.writeString(dir.resolve(figure.basename() + ".svg"), svg(figure.chart(), figure.basename()),
                StandardCharsets.UTF_8);
    }
}

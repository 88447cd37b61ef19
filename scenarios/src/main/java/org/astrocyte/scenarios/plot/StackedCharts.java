package org.astrocyte.scenarios.plot;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * XChart charts of the same width drawn one below the other into a single image. XChart's encoders write one chart
 * per file (its bitmap grid needs equal cells, its vector encoder takes one chart), but every chart can paint itself
 * on any {@link Graphics2D}; so each is painted, shifted down, on one canvas: a {@link BufferedImage} for PNG, a
 * VectorGraphics2D canvas (the library XChart's own SVG encoder uses) for SVG.
 *
 * @param charts the charts, top first
 */
record StackedCharts(List<? extends IChart> charts) {

    StackedCharts {
        charts = List.copyOf(charts);
    }

    /** Width of the image, pixels: that of the widest chart. */
    int width() {
        return charts.stream().mapToInt(IChart::getWidth).max().orElse(0);
    }

    /** Height of the image, pixels: the charts' heights added. */
    int height() {
        return charts.stream().mapToInt(IChart::getHeight).sum();
    }

    void write(Path file, PlotFormat format) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            switch (format) {
                case PNG -> writePng(out);
                case SVG -> writeSvg(out);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        }
    }

    private void writePng(OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = image.createGraphics();
        try {
            paint(canvas);
        } finally {
            canvas.dispose();
        }
        ImageIO.write(image, "png", out);
    }

    private void writeSvg(OutputStream out) throws IOException {
        VectorGraphics2D canvas = new VectorGraphics2D();
        paint(canvas);
        Document svg = new SVGProcessor().getDocument(canvas.getCommands(), new PageSize(0, 0, width(), height()));
        svg.writeTo(out);
    }

    private void paint(Graphics2D canvas) {
        int top = 0;
        for (IChart chart : charts) {
            Graphics2D panel = (Graphics2D) canvas.create();
            try {
                panel.translate(0, top);
                chart.paint(panel, chart.getWidth(), chart.getHeight());
            } finally {
                panel.dispose();
            }
            top += chart.getHeight();
        }
    }
}

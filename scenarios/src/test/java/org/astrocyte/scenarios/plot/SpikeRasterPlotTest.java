package org.astrocyte.scenarios.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The raster figure as files: PNG and SVG, empty and huge rasters, and the formats it refuses. */
class SpikeRasterPlotTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void withoutDisplay() {
        // The plot must work on a server or in CI; AWT reads this before its first use.
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void should_write_a_png_of_the_figure_size_with_dots_and_rates_drawn() throws IOException {
        // given
        SpikeRaster raster = Rasters.excitatoryInhibitory(5_000);
        Path png = dir.resolve("raster.png");
        // when
        SpikeRasterPlot.write(raster, png);
        // then
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "not a decodable image");
        assertEquals(SpikeRasterPlot.WIDTH, image.getWidth());
        assertEquals(SpikeRasterPlot.HEIGHT, image.getHeight());
        assertTrue(coloursIn(image, 200, 100, 800, 400) > 1, "the raster's plot area is blank");
        assertTrue(coloursIn(image, 200, 600, 800, 200) > 1, "the rates' plot area is blank");
    }

    @Test
    void should_write_an_svg_that_is_well_formed_xml_with_a_dot_per_spike() throws Exception {
        // given
        SpikeRaster raster = Rasters.excitatoryInhibitory(3_000);
        Path svg = dir.resolve("plots").resolve("raster.svg");
        // when
        SpikeRasterPlot.write(raster, svg);
        // then
        Document document = parse(svg);
        assertEquals("svg", document.getDocumentElement().getNodeName());
        assertEquals(3_000, document.getElementsByTagName("ellipse").getLength(), "one dot per spike");
        assertTrue(document.getElementsByTagName("path").getLength() > 0, "no lines or text drawn");
    }

    @Test
    void should_draw_a_raster_without_spikes() throws IOException {
        // given
        Path png = dir.resolve("silent.png");
        Path svg = dir.resolve("silent.svg");
        // when
        SpikeRasterPlot.write(Rasters.silent(), png);
        SpikeRasterPlot.write(Rasters.silent(), svg);
        // then
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(SpikeRasterPlot.HEIGHT, image.getHeight());
        assertTrue(Files.size(svg) > 0);
    }

    @Test
    void should_reject_a_file_neither_png_nor_svg_naming_its_extension_and_the_allowed_ones() {
        // given
        Path jpg = dir.resolve("raster.jpg");
        // when
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SpikeRasterPlot.write(Rasters.silent(), jpg));
        // then
        assertTrue(error.getMessage().contains("'.jpg'"), error.getMessage());
        assertTrue(error.getMessage().contains(".png or .svg"), error.getMessage());
        assertFalse(Files.exists(jpg));
    }

    @Test
    void should_write_half_a_million_spikes_as_png_and_svg() throws IOException {
        // given
        SpikeRaster raster = Rasters.excitatoryInhibitory(500_000);
        Path png = dir.resolve("big.png");
        Path svg = dir.resolve("big.svg");
        // when
        SpikeRasterPlot.write(raster, png);
        SpikeRasterPlot.write(raster, svg);
        // then
        assertEquals(SpikeRasterPlot.WIDTH, ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.size(svg) > 0);
    }

    private static int coloursIn(BufferedImage image, int x, int y, int width, int height) {
        Set<Integer> colours = new HashSet<>();
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                colours.add(image.getRGB(i, j));
            }
        }
        return colours.size();
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The SVG names the W3C's DTD; a test does not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }
}

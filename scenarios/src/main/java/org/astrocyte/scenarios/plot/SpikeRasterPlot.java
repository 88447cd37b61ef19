package org.astrocyte.scenarios.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws a {@link SpikeRaster} as one image of two panels over a shared time axis (ms): on top a dot per spike, a
 * row per neuron, groups stacked from the bottom up and coloured apart; below, each group's population rate in Hz
 * (spikes per neuron per second, in bins of a 200th of the run but at least 1 ms). The raster draws at most
 * {@link #MAX_DOTS} dots, thinned evenly and deterministically beyond that, and says so in its title; the rates
 * always count every spike. Needs no display: it runs headless.
 */
public final class SpikeRasterPlot {

    /** The most dots the raster draws. */
    public static final int MAX_DOTS = 200_000;

    /** Width of the image, pixels (or SVG user units). */
    public static final int WIDTH = RasterCharts.WIDTH;

    /** Height of the image, pixels (or SVG user units). */
    public static final int HEIGHT = RasterCharts.RASTER_HEIGHT + RasterCharts.RATE_HEIGHT;

    private SpikeRasterPlot() {
    }

    /**
     * Writes the figure to {@code file}, creating its folder: a PNG for {@code .png}, an SVG for {@code .svg}.
     *
     * @throws IllegalArgumentException if the file ends in neither
     */
    public static void write(SpikeRaster raster, Path file) throws IOException {
        PlotFormat format = PlotFormat.of(file);
        StackedCharts figure = new StackedCharts(List.of(
                RasterCharts.raster(raster, RasterDots.of(raster, MAX_DOTS)),
                RasterCharts.rates(raster, PopulationRates.of(raster))));
        figure.write(file, format);
    }
}

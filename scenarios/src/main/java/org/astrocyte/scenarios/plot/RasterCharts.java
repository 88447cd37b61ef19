package org.astrocyte.scenarios.plot;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The two panels of a raster figure as XChart charts: the dots on top, the population rates below. Both panels span
 * the same time range over the same width, with a y-axis column of the same width and nothing to their right, so
 * that their plot areas, and hence their time axes, line up. One legend under the rates names the groups' colours,
 * which the panels share; a legend beside either panel would narrow it by the legend's width.
 */
final class RasterCharts {

    /** Width of both panels, pixels. */
    static final int WIDTH = 1000;

    /** Height of the raster panel, pixels. */
    static final int RASTER_HEIGHT = 560;

    /** Height of the rate panel, pixels. */
    static final int RATE_HEIGHT = 320;

    /** Room for the y axis's title and tick labels in both panels, pixels; XChart right-aligns the axis in it. */
    private static final int Y_AXIS_WIDTH = 96;

    /** Name of the hidden series of each panel; the NUL character keeps it apart from any group's name. */
    private static final String OFF_GRID = "\u0000off grid";

    /** Okabe and Ito's colour-blind-safe palette, without its yellow, which vanishes on white. */
    private static final Color[] GROUP_COLOURS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)
    };

    private RasterCharts() {
    }

    static XYChart raster(SpikeRaster raster, RasterDots dots) {
        String title = raster.title();
        if (dots.thinned()) {
            title += String.format(Locale.ROOT, " (%,d of %,d spikes drawn, evenly thinned)", dots.drawn(),
                    dots.total());
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(RASTER_HEIGHT).title(title)
                .yAxisTitle("neuron").build();
        XYStyler styler = style(chart, raster);
        styler.setXAxisTitleVisible(false);
        styler.setLegendVisible(false);
        styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        styler.setMarkerSize(2);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax((double) raster.neuronCount());
        styler.setYAxisDecimalPattern("#,##0");
        List<SpikeRaster.Group> groups = raster.groups();
        for (int g = 0; g < groups.size(); g++) {
            XYSeries series = addSeries(chart, groups.get(g).name(), dots.timesMs().get(g), dots.rows().get(g));
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        addOffGridPoint(chart);
        return chart;
    }

    static XYChart rates(SpikeRaster raster, PopulationRates rates) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(RATE_HEIGHT).xAxisTitle("time (ms)")
                .yAxisTitle("rate (Hz, " + significant(rates.binWidthMs()) + " ms bins)").build();
        XYStyler styler = style(chart, raster);
        styler.setChartTitleVisible(false);
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Step);
        styler.setYAxisMin(0.0);
        if (rates.maxHz() == 0) {
            // Without this XChart would give the flat line a zero-height axis.
            styler.setYAxisMax(1.0);
        }
        double[] edges = rates.edgesMs();
        List<SpikeRaster.Group> groups = raster.groups();
        for (int g = 0; g < groups.size(); g++) {
            double[] perBin = rates.ratesHz().get(g);
            // A step series holds each value until the next x, so the last bin's value is repeated at its end.
            double[] steps = Arrays.copyOf(perBin, edges.length);
            steps[edges.length - 1] = perBin[perBin.length - 1];
            XYSeries series = addSeries(chart, groups.get(g).name(), edges, steps);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineWidth(1.5f);
        }
        addOffGridPoint(chart);
        return chart;
    }

    private static XYStyler style(XYChart chart, SpikeRaster raster) {
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setSeriesColors(GROUP_COLOURS);
        styler.setYAxisLeftWidthHint(Y_AXIS_WIDTH);
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(raster.durationMs());
        styler.setXAxisDecimalPattern("#,##0.###");
        styler.setLocale(Locale.ROOT);
        return styler;
    }

    /**
     * When all x values of a chart lie on an even grid, as the bin edges do (and the spikes of a regular input may),
     * XChart puts a tick on every few grid points (35, 70, 105 ms) instead of at round times, and the two panels'
     * ticks would differ. A hidden point without coordinates, added last so that it takes no group's colour, breaks
     * the grid.
     */
    private static void addOffGridPoint(XYChart chart) {
        chart.addSeries(OFF_GRID, new double[] {Double.NaN}, new double[] {Double.NaN}).setShowInLegend(false);
    }

    private static XYSeries addSeries(XYChart chart, String name, double[] x, double[] y) {
        // XChart refuses a series without points; one point it cannot place keeps the group's colour and legend entry.
        if (x.length == 0) {
            return chart.addSeries(name, new double[] {Double.NaN}, new double[] {Double.NaN});
        }
        return chart.addSeries(name, x, y);
    }

    /** {@code value} to three significant digits, without trailing zeros. */
    private static String significant(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}

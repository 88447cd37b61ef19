package org.astrocyte.scenarios.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.memory.sdm.SdmCapacityCurve;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The capacity curve of a sparse distributed memory: the share of exact recalls from a noisy cue against the number
 * of items stored (log axis), measured after one read and after clean-up, next to the theory's prediction.
 */
public final class CapacityCurvePlot {

    private CapacityCurvePlot() {
    }

    /** Writes {@code curve} to {@code file}, a PNG or SVG by its extension. */
    public static void write(SdmCapacityCurve.Result curve, Path file) throws IOException {
        List<SdmCapacityCurve.Row> rows = curve.rows();
        double[] items = rows.stream().mapToDouble(SdmCapacityCurve.Row::items).toArray();
        XYChart chart = new XYChartBuilder().width(RasterCharts.WIDTH).height(420)
                .title(String.format(java.util.Locale.ROOT, "Kanerva SDM, %d locations, cue noise %.0f%%: capacity "
                        + "%.0f measured, %d predicted", curve.settings().memory().locations(),
                        100 * curve.settings().cueNoise(), curve.measured().items(), curve.predicted()))
                .xAxisTitle("items stored").yAxisTitle("exact recall").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        chart.addSeries("measured, one read", items, rows.stream()
                .mapToDouble(SdmCapacityCurve.Row::recalled).toArray()).setMarker(SeriesMarkers.CIRCLE);
        chart.addSeries("predicted, one read", items, rows.stream()
                .mapToDouble(SdmCapacityCurve.Row::predictedRecalled).toArray()).setMarker(SeriesMarkers.NONE);
        chart.addSeries("measured, after clean-up", items, rows.stream()
                .mapToDouble(SdmCapacityCurve.Row::recalledAfterCleanUp).toArray()).setMarker(SeriesMarkers.DIAMOND);
        new StackedCharts(List.of(chart)).write(file, PlotFormat.of(file));
    }
}

package org.astrocyte.scenarios.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The weight distribution of a plastic projection before and after a run, as two histograms over the same bins
 * between the rule's bounds: how STDP drives weights apart (bimodal under additive bounds) or scaling shifts them.
 */
public final class WeightHistogramPlot {

    /** Number of bins between the bounds. */
    public static final int BINS = 40;

    private WeightHistogramPlot() {
    }

    /**
     * Writes the histograms of {@code before} and {@code after} (weights in {@code unit}) over [{@code low},
     * {@code high}] to {@code file}, a PNG or SVG by its extension.
     */
    public static void write(String title, String unit, double low, double high, double[] before, double[] after,
            Path file) throws IOException {
        PlotFormat format = PlotFormat.of(file);
        CategoryChart chart = new CategoryChartBuilder().width(RasterCharts.WIDTH).height(360).title(title)
                .xAxisTitle("weight (" + unit + ")").yAxisTitle("synapses").build();
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideN);
        chart.getStyler().setXAxisDecimalPattern("#.###");
        chart.getStyler().setXAxisMaxLabelCount(10);
        double[] centres = new double[BINS];
        double width = (high - low) / BINS;
        for (int b = 0; b < BINS; b++) {
            centres[b] = low + (b + 0.5) * width;
        }
        chart.addSeries("before", centres, counts(before, low, width));
        chart.addSeries("after", centres, counts(after, low, width));
        new StackedCharts(List.of(chart)).write(file, format);
    }

    private static double[] counts(double[] weights, double low, double width) {
        double[] counts = new double[BINS];
        for (double w : weights) {
            int b = width > 0 ? (int) ((w - low) / width) : 0;
            counts[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        return counts;
    }
}

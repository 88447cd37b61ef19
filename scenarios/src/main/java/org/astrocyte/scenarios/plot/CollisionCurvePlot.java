package org.astrocyte.scenarios.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.astrocyte.scenarios.run.CollisionCurve;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The learning curve of reflexes that learn: each agent's collisions per bin of simulated time. */
public final class CollisionCurvePlot {

    private CollisionCurvePlot() {
    }

    /** Writes one series per agent to {@code file}, a PNG or SVG by its extension. */
    public static void write(Map<String, CollisionCurve> curves, Path file) throws IOException {
        XYChart chart = new XYChartBuilder().width(RasterCharts.WIDTH).height(420)
                .title("Learning curve: collisions per bin of the run")
                .xAxisTitle("simulated time, s (bin centre)").yAxisTitle("collisions").build();
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        for (Map.Entry<String, CollisionCurve> entry : curves.entrySet()) {
            CollisionCurve curve = entry.getValue();
            int bins = curve.counts().size();
            double[] x = new double[bins];
            double[] y = new double[bins];
            for (int i = 0; i < bins; i++) {
                x[i] = (i + 0.5) * curve.binSeconds();
                y[i] = curve.counts().get(i);
            }
            chart.addSeries(String.format(Locale.ROOT, "%s (first half %d, second half %d)", entry.getKey(),
                    curve.firstHalf(), curve.secondHalf()), x, y).setMarker(SeriesMarkers.CIRCLE);
        }
        new StackedCharts(List.of(chart)).write(file, PlotFormat.of(file));
    }
}

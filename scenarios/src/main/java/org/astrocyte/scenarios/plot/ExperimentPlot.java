package org.astrocyte.scenarios.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.astrocyte.scenarios.experiment.stats.ConditionSummary;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * An experiment's figures at a glance: one chart per metric, the conditions along the x axis, one bar per parameter
 * setting with its 95% t interval as an error bar. A group without an interval (one trial) has no bar.
 */
public final class ExperimentPlot {

    private ExperimentPlot() {
    }

    /** Writes the charts of {@code summaries} to {@code file}, a PNG or SVG by its extension. */
    public static void write(String experiment, List<ConditionSummary> summaries, Path file) throws IOException {
        Map<String, List<ConditionSummary>> byMetric = new LinkedHashMap<>();
        summaries.forEach(s -> byMetric.computeIfAbsent(s.metric(), m -> new ArrayList<>()).add(s));
        List<CategoryChart> charts = new ArrayList<>();
        for (Map.Entry<String, List<ConditionSummary>> metric : byMetric.entrySet()) {
            charts.add(chart(experiment, metric.getKey(), metric.getValue()));
        }
        new StackedCharts(charts).write(file, PlotFormat.of(file));
    }

    private static CategoryChart chart(String experiment, String metric, List<ConditionSummary> rows) {
        Set<String> conditions = new LinkedHashSet<>();
        Set<String> settings = new LinkedHashSet<>();
        rows.forEach(r -> {
            conditions.add(r.group().condition());
            settings.add(r.group().setting());
        });
        CategoryChart chart = new CategoryChartBuilder().width(RasterCharts.WIDTH).height(360)
                .title(experiment + ": " + metric + " (mean, 95% CI)").xAxisTitle("condition").yAxisTitle(metric)
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setOverlapped(false);
        for (String setting : settings) {
            List<Double> means = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (String condition : conditions) {
                ConditionSummary row = rows.stream().filter(r -> r.group().condition().equals(condition)
                        && r.group().setting().equals(setting)).findFirst().orElse(null);
                means.add(row == null ? 0.0 : row.mean());
                errors.add(row == null || row.tInterval() == null ? 0.0 : (row.tInterval().upper()
                        - row.tInterval().lower()) / 2);
            }
            chart.addSeries(setting.isEmpty() ? metric : setting, new ArrayList<>(conditions), means, errors);
        }
        return chart;
    }
}

package org.astrocyte.scenarios.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.astrocyte.scenarios.experiment.stats.ConditionSummary;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * An experiment's figures at a glance: one chart per metric (and per scenario, when the experiment ran several),
 * the conditions along the x axis, one bar per setting of the other parameters with its 95% t interval as an error
 * bar. A group without an interval (one trial) has a bar without error bar.
 */
public final class ExperimentPlot {

    /** The parameter that names the base scenario when an experiment runs several. */
    static final String SCENARIO = "scenario";

    /** Okabe &amp; Ito's colour-blind safe palette, as the HTML report uses, so that both show a series alike. */
    private static final Color[] COLOURS = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
        new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0x8C6D31),
        new Color(0x999999), new Color(0xF0E442)};

    private ExperimentPlot() {
    }

    /** Writes the charts of {@code summaries} to {@code file}, a PNG or SVG by its extension. */
    public static void write(String experiment, List<ConditionSummary> summaries, Path file) throws IOException {
        Map<String, List<ConditionSummary>> panels = new LinkedHashMap<>();
        for (ConditionSummary summary : summaries) {
            String scenario = summary.group().parameters().get(SCENARIO);
            String title = summary.metric() + (scenario == null ? "" : " in " + scenario);
            panels.computeIfAbsent(title, t -> new ArrayList<>()).add(summary);
        }
        List<CategoryChart> charts = new ArrayList<>();
        panels.forEach((title, rows) -> charts.add(chart(experiment, title, rows)));
        new StackedCharts(charts).write(file, PlotFormat.of(file));
    }

    /** The setting of a group's parameters other than the scenario, e.g. {@code "latency=2 s"}. */
    private static String setting(ConditionSummary summary) {
        Map<String, String> others = new TreeMap<>(summary.group().parameters());
        others.remove(SCENARIO);
        return others.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static CategoryChart chart(String experiment, String title, List<ConditionSummary> rows) {
        String metric = rows.get(0).metric();
        Set<String> conditions = new LinkedHashSet<>();
        Set<String> settings = new LinkedHashSet<>();
        rows.forEach(r -> {
            conditions.add(r.group().condition());
            settings.add(setting(r));
        });
        CategoryChart chart = new CategoryChartBuilder().width(RasterCharts.WIDTH).height(360)
                .title(experiment + ": " + title + " (mean, 95% CI)").xAxisTitle("condition").yAxisTitle(metric)
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendVisible(settings.size() > 1 || !settings.contains(""));
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendBorderColor(Color.LIGHT_GRAY);
        chart.getStyler().setPlotBorderColor(Color.LIGHT_GRAY);
        chart.getStyler().setSeriesColors(COLOURS);
        for (String setting : settings) {
            List<Double> means = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (String condition : conditions) {
                ConditionSummary row = rows.stream().filter(r -> r.group().condition().equals(condition)
                        && setting(r).equals(setting)).findFirst().orElse(null);
                means.add(row == null ? 0.0 : row.mean());
                errors.add(row == null || row.tInterval() == null ? 0.0 : (row.tInterval().upper()
                        - row.tInterval().lower()) / 2);
            }
            chart.addSeries(setting.isEmpty() ? metric : setting, new ArrayList<>(conditions), means, errors);
        }
        return chart;
    }
}

package org.astrocyte.scenarios.experiment.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summaries as a reader wants them in a README: one Markdown table per metric, a row per condition, a column per
 * parameter setting, each cell the mean and its 95% t interval, e.g. {@code 5.4 [5.05, 5.75]}.
 */
public final class PivotTable {

    private PivotTable() {
    }

    /** The tables of {@code summaries}, metric after metric. */
    public static String markdown(List<ConditionSummary> summaries) {
        Map<String, List<ConditionSummary>> byMetric = new LinkedHashMap<>();
        summaries.forEach(s -> byMetric.computeIfAbsent(s.metric(), m -> new ArrayList<>()).add(s));
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<ConditionSummary>> metric : byMetric.entrySet()) {
            Set<String> conditions = new LinkedHashSet<>();
            Set<String> settings = new LinkedHashSet<>();
            metric.getValue().forEach(s -> {
                conditions.add(s.group().condition());
                settings.add(s.group().setting());
            });
            text.append("**").append(metric.getKey()).append("** (mean [95% CI])\n\n| condition |");
            settings.forEach(s -> text.append(' ').append(s.isEmpty() ? "all" : s).append(" |"));
            text.append("\n| --- |");
            settings.forEach(s -> text.append(" ---: |"));
            text.append('\n');
            for (String condition : conditions) {
                text.append("| ").append(condition).append(" |");
                for (String setting : settings) {
                    ConditionSummary cell = metric.getValue().stream().filter(s -> s.group().condition()
                            .equals(condition) && s.group().setting().equals(setting)).findFirst().orElse(null);
                    text.append(' ').append(cell == null ? "–" : cell(cell)).append(" |");
                }
                text.append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String cell(ConditionSummary summary) {
        String mean = Figures.significant(summary.mean(), 3);
        return summary.tInterval() == null ? mean : mean + " " + Figures.interval(summary.tInterval(), 3);
    }
}

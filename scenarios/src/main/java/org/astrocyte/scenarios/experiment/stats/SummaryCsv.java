package org.astrocyte.scenarios.experiment.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Summaries as CSV, one row per group and metric: {@code condition}, one {@code param.<name>} column per parameter
 * of any group (empty where a group lacks it), then {@code metric}, the counts and every figure. Numbers are
 * written with {@link Double#toString(double)}, the shortest text that reads back to the same double, so that a
 * round trip is exact; an absent interval (n = 1) leaves its cells empty.
 */
final class SummaryCsv {

    static final String PARAMETER_PREFIX = "param.";

    private static final List<String> FIGURES = List.of("metric", "n", "excluded", "mean", "sd", "se", "t_ci95_low",
            "t_ci95_high", "bootstrap_ci95_low", "bootstrap_ci95_high", "min", "max");

    private SummaryCsv() {
    }

    static String write(List<ConditionSummary> summaries) {
        TreeSet<String> parameterNames = new TreeSet<>();
        summaries.forEach(summary -> parameterNames.addAll(summary.group().parameters().keySet()));
        List<String> header = new ArrayList<>();
        header.add("condition");
        parameterNames.forEach(name -> header.add(PARAMETER_PREFIX + name));
        header.addAll(FIGURES);
        StringBuilder csv = new StringBuilder(Csv.line(header)).append('\n');
        for (ConditionSummary s : summaries) {
            List<String> row = new ArrayList<>();
            row.add(s.group().condition());
            parameterNames.forEach(name -> row.add(s.group().parameters().getOrDefault(name, "")));
            row.add(s.metric());
            row.add(Integer.toString(s.n()));
            row.add(Integer.toString(s.excluded()));
            for (double figure : new double[] {s.mean(), s.standardDeviation(), s.standardError()}) {
                row.add(Double.toString(figure));
            }
            addInterval(row, s.tInterval());
            addInterval(row, s.bootstrapInterval());
            row.add(Double.toString(s.min()));
            row.add(Double.toString(s.max()));
            csv.append(Csv.line(row)).append('\n');
        }
        return csv.toString();
    }

    private static void addInterval(List<String> row, ConfidenceInterval interval) {
        row.add(interval == null ? "" : Double.toString(interval.lower()));
        row.add(interval == null ? "" : Double.toString(interval.upper()));
    }

    static List<ConditionSummary> read(String text) {
        List<List<String>> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the summary CSV has no header");
        }
        List<String> header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        for (String required : FIGURES) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException("the summary CSV lacks the column " + required);
            }
        }
        if (!columns.containsKey("condition")) {
            throw new IllegalArgumentException("the summary CSV lacks the column condition");
        }
        List<ConditionSummary> summaries = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> row = records.get(r);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + r + " of the summary CSV has " + row.size()
                        + " fields, the header " + header.size());
            }
            summaries.add(summary(header, row, columns));
        }
        return summaries;
    }

    private static ConditionSummary summary(List<String> header, List<String> row, Map<String, Integer> columns) {
        Map<String, String> parameters = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith(PARAMETER_PREFIX) && !row.get(i).isEmpty()) {
                parameters.put(header.get(i).substring(PARAMETER_PREFIX.length()), row.get(i));
            }
        }
        GroupKey group = new GroupKey(row.get(columns.get("condition")), parameters);
        return new ConditionSummary(group, row.get(columns.get("metric")),
                Integer.parseInt(row.get(columns.get("n"))), Integer.parseInt(row.get(columns.get("excluded"))),
                number(row, columns, "mean"), number(row, columns, "sd"), number(row, columns, "se"),
                interval(row, columns, "t_ci95"), interval(row, columns, "bootstrap_ci95"),
                number(row, columns, "min"), number(row, columns, "max"));
    }

    private static double number(List<String> row, Map<String, Integer> columns, String column) {
        return Double.parseDouble(row.get(columns.get(column)));
    }

    private static ConfidenceInterval interval(List<String> row, Map<String, Integer> columns, String prefix) {
        String low = row.get(columns.get(prefix + "_low"));
        String high = row.get(columns.get(prefix + "_high"));
        if (low.isEmpty() && high.isEmpty()) {
            return null;
        }
        return new ConfidenceInterval(Double.parseDouble(low), Double.parseDouble(high));
    }
}

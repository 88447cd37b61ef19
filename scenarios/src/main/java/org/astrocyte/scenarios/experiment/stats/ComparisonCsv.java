package org.astrocyte.scenarios.experiment.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Comparisons as CSV, one row per metric, pair and setting: {@code metric}, {@code baseline} and {@code treatment}
 * (the conditions A and B), one {@code param.<name>} column per parameter of the setting both groups share, then
 * the counts, means, the difference B - A with its Welch interval, the Welch degrees of freedom, Hedges' g with
 * its interval and the two p-values. Numbers are written with {@link Double#toString(double)} so that a round trip
 * is exact; an undefined figure is {@code NaN} and an absent interval leaves its cells empty.
 */
final class ComparisonCsv {

    private static final List<String> FIGURES = List.of("baseline_n", "treatment_n", "baseline_mean",
            "treatment_mean", "difference", "difference_ci95_low", "difference_ci95_high", "welch_df", "hedges_g",
            "hedges_g_ci95_low", "hedges_g_ci95_high", "welch_p", "mann_whitney_p");

    private static final List<String> NAMES = List.of("metric", "baseline", "treatment");

    private ComparisonCsv() {
    }

    static String write(List<Comparison> comparisons) {
        TreeSet<String> parameterNames = new TreeSet<>();
        for (Comparison c : comparisons) {
            if (!c.baseline().parameters().equals(c.treatment().parameters())) {
                throw new IllegalArgumentException("the comparison of " + c.treatment().label() + " with "
                        + c.baseline().label() + " crosses settings; a row holds one setting");
            }
            parameterNames.addAll(c.baseline().parameters().keySet());
        }
        List<String> header = new ArrayList<>(NAMES);
        parameterNames.forEach(name -> header.add(SummaryCsv.PARAMETER_PREFIX + name));
        header.addAll(FIGURES);
        StringBuilder csv = new StringBuilder(Csv.line(header)).append('\n');
        for (Comparison c : comparisons) {
            List<String> row = new ArrayList<>(List.of(c.metric(), c.baseline().condition(),
                    c.treatment().condition()));
            parameterNames.forEach(name -> row.add(c.baseline().parameters().getOrDefault(name, "")));
            row.add(Integer.toString(c.baselineN()));
            row.add(Integer.toString(c.treatmentN()));
            row.add(Double.toString(c.baselineMean()));
            row.add(Double.toString(c.treatmentMean()));
            row.add(Double.toString(c.difference()));
            addInterval(row, c.differenceInterval());
            row.add(Double.toString(c.welchDegreesOfFreedom()));
            row.add(Double.toString(c.effectSize().g()));
            addInterval(row, c.effectSize().interval());
            row.add(Double.toString(c.welchP()));
            row.add(Double.toString(c.mannWhitneyP()));
            csv.append(Csv.line(row)).append('\n');
        }
        return csv.toString();
    }

    private static void addInterval(List<String> row, ConfidenceInterval interval) {
        row.add(interval == null ? "" : Double.toString(interval.lower()));
        row.add(interval == null ? "" : Double.toString(interval.upper()));
    }

    static List<Comparison> read(String text) {
        List<List<String>> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the comparisons CSV has no header");
        }
        List<String> header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i), i);
        }
        List<String> required = new ArrayList<>(NAMES);
        required.addAll(FIGURES);
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException("the comparisons CSV lacks the column " + column);
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> row = records.get(r);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + r + " of the comparisons CSV has " + row.size()
                        + " fields, the header " + header.size());
            }
            try {
                comparisons.add(comparison(header, row, columns));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("row " + r + " of the comparisons CSV: " + e.getMessage(), e);
            }
        }
        return comparisons;
    }

    private static Comparison comparison(List<String> header, List<String> row, Map<String, Integer> columns) {
        Map<String, String> parameters = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith(SummaryCsv.PARAMETER_PREFIX) && !row.get(i).isEmpty()) {
                parameters.put(header.get(i).substring(SummaryCsv.PARAMETER_PREFIX.length()), row.get(i));
            }
        }
        GroupKey baseline = new GroupKey(row.get(columns.get("baseline")), parameters);
        GroupKey treatment = new GroupKey(row.get(columns.get("treatment")), parameters);
        double g = number(row, columns, "hedges_g");
        return new Comparison(row.get(columns.get("metric")), baseline, treatment,
                Integer.parseInt(row.get(columns.get("baseline_n"))),
                Integer.parseInt(row.get(columns.get("treatment_n"))), number(row, columns, "baseline_mean"),
                number(row, columns, "treatment_mean"), interval(row, columns, "difference_ci95"),
                number(row, columns, "welch_df"), new HedgesG(g, interval(row, columns, "hedges_g_ci95")),
                number(row, columns, "welch_p"), number(row, columns, "mann_whitney_p"));
    }

    private static double number(List<String> row, Map<String, Integer> columns, String column) {
        String text = row.get(columns.get(column));
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: '" + text + "'", e);
        }
    }

    private static ConfidenceInterval interval(List<String> row, Map<String, Integer> columns, String prefix) {
        String low = row.get(columns.get(prefix + "_low"));
        String high = row.get(columns.get(prefix + "_high"));
        if (low.isEmpty() && high.isEmpty()) {
            return null;
        }
        return new ConfidenceInterval(number(row, columns, prefix + "_low"), number(row, columns, prefix + "_high"));
    }
}

package org.astrocyte.scenarios.experiment.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statistics of one experiment: its trials grouped by condition and parameter values, summarised per group
 * and metric, and compared between declared pairs of conditions within each parameter setting.
 *
 * <p>Groups come in a stable order: conditions in the order of their first trial, then parameter settings sorted
 * by name and value (numeric values numerically and before other values, which sort as text). Bootstrap seeds are
 * derived from one experiment seed, the group and the metric, so that a summary does not change when other groups
 * or metrics are added.
 */
public final class ExperimentStatistics {

    private final Map<GroupKey, List<TrialResult>> groups;

    /**
     * Groups the trials of an experiment.
     *
     * @param trials the finished trials, at least one, with distinct trial ids
     * @throws IllegalArgumentException if there is no trial or two share an id
     */
    public ExperimentStatistics(List<TrialResult> trials) {
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("an experiment needs at least one trial");
        }
        Map<String, Integer> conditionOrder = new HashMap<>();
        Map<GroupKey, List<TrialResult>> unordered = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (TrialResult trial : trials) {
            if (!ids.add(trial.trialId())) {
                throw new IllegalArgumentException("two trials share the id " + trial.trialId());
            }
            conditionOrder.putIfAbsent(trial.condition(), conditionOrder.size());
            unordered.computeIfAbsent(trial.group(), key -> new ArrayList<>()).add(trial);
        }
        Comparator<GroupKey> order = Comparator.<GroupKey>comparingInt(key -> conditionOrder.get(key.condition()))
                .thenComparing(GroupKey::parameters, ParameterOrder.SETTINGS);
        groups = new LinkedHashMap<>();
        unordered.keySet().stream().sorted(order).forEach(key -> groups.put(key, List.copyOf(unordered.get(key))));
    }

    /**
     * Returns the groups in their stable order.
     *
     * @return the groups
     */
    public List<GroupKey> groups() {
        return List.copyOf(groups.keySet());
    }

    /**
     * Returns the trials of a group, in the order they were given.
     *
     * @param group the group
     * @return its trials, empty if the experiment has no such group
     */
    public List<TrialResult> trials(GroupKey group) {
        return groups.getOrDefault(group, List.of());
    }

    /**
     * Returns the values of a metric over a group, one per trial, NaN where a trial did not measure it.
     *
     * @param group  the group
     * @param metric the metric name
     * @return the values in the unit of the metric
     */
    public double[] values(GroupKey group, String metric) {
        return trials(group).stream().mapToDouble(trial -> trial.metric(metric)).toArray();
    }

    /**
     * Summarises every group for the given metrics and compares the declared pairs within each parameter setting.
     *
     * @param metrics the metric names, distinct, each measured by at least one trial
     * @param pairs   the condition pairs to compare; their conditions must occur in the experiment
     * @param seed    the experiment's bootstrap seed
     * @return the summaries, comparisons and omissions
     * @throws IllegalArgumentException if a metric or condition is unknown, or a metric is repeated
     */
    public ExperimentReport report(List<String> metrics, List<ConditionPair> pairs, long seed) {
        checkMetrics(metrics);
        checkConditions(pairs);
        List<ConditionSummary> summaries = new ArrayList<>();
        List<Comparison> comparisons = new ArrayList<>();
        List<String> omissions = new ArrayList<>();
        for (String metric : metrics) {
            for (GroupKey group : groups.keySet()) {
                double[] values = values(group, metric);
                if (Samples.withoutNaN(values, group.label()).length == 0) {
                    omissions.add("no summary of " + metric + " in " + group.label() + ": all " + values.length
                            + " trials lack it (NaN or absent)");
                } else {
                    summaries.add(ConditionSummary.of(group, metric, values, cellSeed(seed, group, metric)));
                }
            }
            for (ConditionPair pair : pairs) {
                compare(metric, pair, comparisons, omissions);
            }
        }
        return new ExperimentReport(summaries, comparisons, omissions);
    }

    private void compare(String metric, ConditionPair pair, List<Comparison> comparisons, List<String> omissions) {
        for (GroupKey baseline : groups.keySet()) {
            if (!baseline.condition().equals(pair.baseline())) {
                continue;
            }
            GroupKey treatment = new GroupKey(pair.treatment(), baseline.parameters());
            double[] a = values(baseline, metric);
            double[] b = values(treatment, metric);
            int nA = Samples.withoutNaN(a, baseline.label()).length;
            int nB = Samples.withoutNaN(b, treatment.label()).length;
            if (nA < 2 || nB < 2) {
                omissions.add("no comparison of " + metric + " between " + baseline.label() + " and "
                        + treatment.label() + ": " + nA + " and " + nB + " values, two per group needed");
            } else {
                comparisons.add(Comparison.of(metric, baseline, a, treatment, b));
            }
        }
        for (GroupKey treatment : groups.keySet()) {
            GroupKey baseline = new GroupKey(pair.baseline(), treatment.parameters());
            if (treatment.condition().equals(pair.treatment()) && !groups.containsKey(baseline)) {
                omissions.add("no comparison of " + metric + " for " + treatment.label() + ": no trials of "
                        + baseline.label());
            }
        }
    }

    private void checkMetrics(List<String> metrics) {
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("no metric to summarise");
        }
        Set<String> known = new TreeSet<>();
        groups.values().forEach(trials -> trials.forEach(trial -> known.addAll(trial.metrics().keySet())));
        Set<String> seen = new HashSet<>();
        for (String metric : metrics) {
            if (!seen.add(metric)) {
                throw new IllegalArgumentException("metric " + metric + " is listed twice");
            }
            if (!known.contains(metric)) {
                throw new IllegalArgumentException("no trial measured the metric " + metric + "; measured: " + known);
            }
        }
    }

    private void checkConditions(List<ConditionPair> pairs) {
        Set<String> known = new TreeSet<>();
        groups.keySet().forEach(group -> known.add(group.condition()));
        for (ConditionPair pair : pairs) {
            for (String condition : List.of(pair.baseline(), pair.treatment())) {
                if (!known.contains(condition)) {
                    throw new IllegalArgumentException("no trial ran the condition " + condition + "; conditions: "
                            + known);
                }
            }
        }
    }

    /**
     * Derives the bootstrap seed of one summary from the experiment seed, the group and the metric. String hash
     * codes are specified by the Java language, so the derived seed is the same on every JVM.
     */
    static long cellSeed(long seed, GroupKey group, String metric) {
        long cell = (group.label() + "\n" + metric).hashCode();
        return seed * 0x9E3779B97F4A7C15L + cell;
    }
}

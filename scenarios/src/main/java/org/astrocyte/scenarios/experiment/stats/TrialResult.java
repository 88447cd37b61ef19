package org.astrocyte.scenarios.experiment.stats;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of one finished trial of an experiment: which condition and parameter values it ran under, its seed,
 * and the metrics it measured.
 *
 * <p>Metric values carry the unit of their metric (a count, seconds, metres). {@link Double#NaN} means "not
 * measured in this trial" (for example the time to a goal that was never reached); such values are excluded from
 * the statistics and counted. Infinite values are refused: no mean or interval can be reported with them.
 *
 * @param trialId    a non-blank name unique within the experiment, e.g. {@code "planner-only/speed=0.3/seed=7"}
 * @param condition  the named condition, e.g. {@code "planner+reflex"}; non-blank
 * @param parameters parameter name to value, e.g. {@code speed -> "0.3"}; may be empty; stored sorted by name and
 *                   unmodifiable; names and values non-blank
 * @param seed       the trial's random seed
 * @param metrics    metric name to value, stored sorted by name and unmodifiable; names non-blank, values finite
 *                   or NaN
 */
public record TrialResult(String trialId, String condition, Map<String, String> parameters, long seed,
        Map<String, Double> metrics) {

    /** Validates the fields and stores sorted, unmodifiable copies of the maps. */
    public TrialResult {
        requireName(trialId, "trial id");
        requireName(condition, "condition");
        parameters = sortedParameters(parameters);
        Objects.requireNonNull(metrics, "metrics");
        TreeMap<String, Double> sortedMetrics = new TreeMap<>();
        for (Map.Entry<String, Double> entry : metrics.entrySet()) {
            requireName(entry.getKey(), "metric name");
            Double value = Objects.requireNonNull(entry.getValue(),
                    () -> "metric " + entry.getKey() + " of trial " + trialId + " is null (use NaN if not measured)");
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException("metric " + entry.getKey() + " of trial " + trialId
                        + " is infinite (use NaN if not measured)");
            }
            sortedMetrics.put(entry.getKey(), value);
        }
        metrics = Collections.unmodifiableSortedMap(sortedMetrics);
    }

    /**
     * Returns the value of a metric, or NaN if this trial did not measure it.
     *
     * @param metric the metric name
     * @return the value in the metric's unit, or {@link Double#NaN}
     */
    public double metric(String metric) {
        Double value = metrics.get(metric);
        return value == null ? Double.NaN : value;
    }

    /**
     * Returns the group this trial belongs to: its condition and parameter values.
     *
     * @return the group key
     */
    public GroupKey group() {
        return new GroupKey(condition, parameters);
    }

    static Map<String, String> sortedParameters(Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            requireName(entry.getKey(), "parameter name");
            requireName(entry.getValue(), "value of parameter " + entry.getKey());
            sorted.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableSortedMap(sorted);
    }

    static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}

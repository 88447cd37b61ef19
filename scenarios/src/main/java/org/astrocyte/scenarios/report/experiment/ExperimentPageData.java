package org.astrocyte.scenarios.report.experiment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.astrocyte.scenarios.experiment.stats.ConditionSummary;
import org.astrocyte.scenarios.experiment.stats.ConfidenceInterval;
import org.astrocyte.scenarios.experiment.stats.GroupKey;

/**
 * What the report's charts draw, embedded in the page as JSON: every group's summary of every metric with its two
 * 95% intervals and the values of its trials. Conditions and parameter values come in the order the experiment
 * planned them (its file's order), so that the charts read as the experiment was written. Figures are in the unit
 * of their metric; an undefined figure (the spread of a single trial) is null, as JSON has no NaN.
 *
 * @param name       the experiment's name
 * @param metrics    the metrics, in the order of the summaries
 * @param conditions the conditions, in plan order
 * @param parameters the swept parameters with their values, in plan order
 * @param panel      the parameter that splits the charts (one chart per value and metric): {@code scenario} when the
 *                   experiment ran several scenarios, else null
 * @param groups     one per group and metric that has a summary
 */
public record ExperimentPageData(String name, List<String> metrics, List<String> conditions,
        List<Parameter> parameters, String panel, List<Group> groups) {

    /** The parameter that names the base scenario when an experiment runs several (see the trial plan). */
    static final String SCENARIO = "scenario";

    /**
     * A swept parameter.
     *
     * @param name   its name in the results
     * @param values its values as the results show them, in plan order
     */
    public record Parameter(String name, List<String> values) {
    }

    /**
     * One group's summary of one metric, and its trials' values.
     *
     * @param condition  the condition
     * @param parameters the parameter values
     * @param metric     the metric
     * @param n          the values used
     * @param excluded   the trials that did not measure the metric
     * @param mean       the mean
     * @param sd         the sample standard deviation, null when n = 1
     * @param se         the standard error of the mean, null when n = 1
     * @param t          the Student's t 95% interval [low, high], null when n = 1
     * @param bootstrap  the percentile bootstrap 95% interval [low, high], null when n = 1
     * @param min        the smallest value
     * @param max        the largest value
     * @param trials     the succeeded trials' values, in plan order
     */
    public record Group(String condition, Map<String, String> parameters, String metric, int n, int excluded,
            double mean, Double sd, Double se, List<Double> t, List<Double> bootstrap, double min, double max,
            List<Point> trials) {
    }

    /**
     * One trial's value of a metric, written as the array {@code [seed, repetition, value]} to keep pages small.
     *
     * @param seed       the trial's seed
     * @param repetition the repetition, from 1
     * @param value      the value, in the unit of the metric
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"seed", "repetition", "value"})
    public record Point(long seed, int repetition, double value) {
    }

    /** The data of {@code folder}. */
    public static ExperimentPageData of(ExperimentFolder folder) {
        Set<String> conditions = new LinkedHashSet<>();
        Map<String, Set<String>> parameters = new LinkedHashMap<>();
        Map<GroupKey, List<TrialOutcome>> trials = new HashMap<>();
        for (TrialOutcome outcome : folder.log().outcomes()) {
            conditions.add(outcome.condition());
            outcome.parameters().forEach((name, value) -> parameters.computeIfAbsent(name,
                    n -> new LinkedHashSet<>()).add(value));
            if (outcome.ok()) {
                trials.computeIfAbsent(new GroupKey(outcome.condition(), outcome.parameters()),
                        k -> new ArrayList<>()).add(outcome);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (ConditionSummary summary : folder.summaries()) {
            conditions.add(summary.group().condition());
            summary.group().parameters().forEach((name, value) -> parameters.computeIfAbsent(name,
                    n -> new LinkedHashSet<>()).add(value));
            groups.add(group(summary, trials.getOrDefault(summary.group(), List.of())));
        }
        List<Parameter> swept = new ArrayList<>();
        parameters.forEach((name, values) -> swept.add(new Parameter(name, List.copyOf(values))));
        String panel = parameters.containsKey(SCENARIO) ? SCENARIO : null;
        return new ExperimentPageData(folder.name(), folder.metrics(), List.copyOf(conditions), swept, panel,
                groups);
    }

    private static Group group(ConditionSummary summary, List<TrialOutcome> trials) {
        List<Point> points = new ArrayList<>();
        for (TrialOutcome trial : trials) {
            Double value = trial.metrics().get(summary.metric());
            if (value != null && !value.isNaN()) {
                points.add(new Point(trial.seed(), trial.repetition(), value));
            }
        }
        return new Group(summary.group().condition(), summary.group().parameters(), summary.metric(), summary.n(),
                summary.excluded(), summary.mean(), orNull(summary.standardDeviation()),
                orNull(summary.standardError()), bounds(summary.tInterval()), bounds(summary.bootstrapInterval()),
                summary.min(), summary.max(), points);
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static List<Double> bounds(ConfidenceInterval interval) {
        return interval == null ? null : List.of(interval.lower(), interval.upper());
    }
}

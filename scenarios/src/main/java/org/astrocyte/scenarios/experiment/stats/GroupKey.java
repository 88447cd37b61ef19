package org.astrocyte.scenarios.experiment.stats;

import java.util.Map;
import java.util.StringJoiner;

/**
 * One group of trials: a condition together with the parameter values it ran under. Trials of one group differ
 * only in their seeds.
 *
 * @param condition  the named condition, e.g. {@code "planner-only"}; non-blank
 * @param parameters parameter name to value; may be empty; stored sorted by name and unmodifiable
 */
public record GroupKey(String condition, Map<String, String> parameters) {

    /** Validates the fields and stores a sorted, unmodifiable copy of the parameters. */
    public GroupKey {
        TrialResult.requireName(condition, "condition");
        parameters = TrialResult.sortedParameters(parameters);
    }

    /**
     * Returns a group without parameters.
     *
     * @param condition the named condition
     * @return the group key
     */
    public static GroupKey of(String condition) {
        return new GroupKey(condition, Map.of());
    }

    /**
     * Returns the parameter values as {@code name=value} pairs joined by {@code ", "}, or an empty string when
     * there are none, e.g. {@code "noise=0.1, speed=0.3"}.
     *
     * @return the parameter setting as text
     */
    public String setting() {
        StringJoiner joiner = new StringJoiner(", ");
        parameters.forEach((name, value) -> joiner.add(name + "=" + value));
        return joiner.toString();
    }

    /**
     * Returns a readable name: the condition, followed by the parameter setting in brackets if there is one, e.g.
     * {@code "planner-only [speed=0.3]"}.
     *
     * @return the label
     */
    public String label() {
        return parameters.isEmpty() ? condition : condition + " [" + setting() + "]";
    }
}

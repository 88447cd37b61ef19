package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A condition on a metric during a run, for a timeline event's {@code when} and the scenario's {@code stopWhen}:
 * it holds once the metric of {@code agent} (or of the team, when no agent is named) reaches {@code atLeast}.
 *
 * @param metric  the metric watched
 * @param agent   the agent whose figure counts; absent: the team's
 * @param atLeast the value from which the condition holds
 */
public record ConditionSpec(@JsonProperty(required = true) Metric metric, String agent,
        @JsonProperty(required = true) Double atLeast) {

    public ConditionSpec {
        Checks.inRange("atLeast", atLeast, -1e9, 1e9);
    }

    /** A readable form, e.g. "food_collected of scout >= 3". */
    public String describe() {
        return metric.name().toLowerCase(java.util.Locale.ROOT) + (agent == null ? " of the team" : " of " + agent)
                + " >= " + atLeast;
    }
}

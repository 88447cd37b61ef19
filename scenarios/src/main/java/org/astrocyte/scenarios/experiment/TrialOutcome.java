package org.astrocyte.scenarios.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What one trial gave, as a line of {@code results.jsonl}: its plan entry, whether it succeeded (after at most
 * one retry), and the team's metrics.
 *
 * @param index       the trial's position in the plan
 * @param id          the trial's stable key
 * @param condition   the condition's name
 * @param parameters  the swept parameters' values
 * @param seed        the scenario seed
 * @param repetition  from 1
 * @param ok          whether the trial ran to its end
 * @param attempts    1, or 2 after a retry
 * @param metrics     the team's figures of the scenario's declared metrics; empty when it failed
 * @param error       why the last attempt failed; null when it succeeded
 * @param wallSeconds the wall time of the last attempt
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrialOutcome(int index, String id, String condition, Map<String, String> parameters, long seed,
        int repetition, boolean ok, int attempts, Map<String, Double> metrics, String error, double wallSeconds) {
}

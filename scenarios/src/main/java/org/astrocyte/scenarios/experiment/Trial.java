package org.astrocyte.scenarios.experiment;

import java.util.Map;
import org.astrocyte.scenarios.spec.ScenarioSpec;

/**
 * One planned run of an experiment: which condition, which parameter values, which seed, and the scenario that
 * results.
 *
 * @param index      position in the plan, from 0 (names its folder)
 * @param id         a stable key of the trial, from its condition, parameters, seed and repetition: what
 *                   {@code --resume} recognises
 * @param condition  the condition's name
 * @param parameters each swept parameter's short name and value, in the experiment's order
 * @param seed       the scenario seed of this trial
 * @param repetition from 1 to the experiment's trials
 * @param scenario   the scenario to run
 */
public record Trial(int index, String id, String condition, Map<String, String> parameters, long seed,
        int repetition, ScenarioSpec scenario) {

    /** The folder name of the trial's outputs, e.g. {@code trial-00042}. */
    public String folder() {
        return String.format("trial-%05d", index);
    }
}

package org.astrocyte.scenarios.experiment.stats;

/**
 * A declared comparison of two conditions, made within each parameter setting: the treatment (B) against the
 * baseline (A), so that differences read B - A.
 *
 * @param baseline  condition A, e.g. {@code "planner-only"}; non-blank
 * @param treatment condition B, e.g. {@code "planner+reflex"}; non-blank, not A
 */
public record ConditionPair(String baseline, String treatment) {

    /** Validates the conditions. */
    public ConditionPair {
        TrialResult.requireName(baseline, "baseline condition");
        TrialResult.requireName(treatment, "treatment condition");
        if (baseline.equals(treatment)) {
            throw new IllegalArgumentException("a condition cannot be compared with itself: " + baseline);
        }
    }
}

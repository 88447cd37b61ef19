package org.astrocyte.scenarios.simulate;

import org.astrocyte.simulator.engine.ProjectionWeights;

/**
 * The weights of one plastic projection at the start and at the end of a run.
 *
 * @param projection the projection's index in the spec
 * @param label "source -> target"
 * @param rule the plasticity rule's key
 * @param unit the weight unit (pA or nS)
 * @param low the lower weight bound
 * @param high the upper weight bound
 * @param before the weights when the run started
 * @param after the weights when it ended, synapse for synapse
 */
public record LearnedWeights(int projection, String label, String rule, String unit, double low, double high,
        ProjectionWeights before, ProjectionWeights after) {

    /** The share of final weights within 1% of the bound range from a bound. */
    public double shareAtBounds() {
        double margin = 0.01 * (high - low);
        int at = 0;
        for (double w : after.weight()) {
            if (w <= low + margin || w >= high - margin) {
                at++;
            }
        }
        return after.size() == 0 ? 0 : (double) at / after.size();
    }
}

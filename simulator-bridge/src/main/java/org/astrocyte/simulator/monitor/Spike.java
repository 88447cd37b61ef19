package org.astrocyte.simulator.monitor;

/**
 * One recorded spike.
 *
 * @param timeMs simulated time of the spike since the session opened (ms): the end of the step in which the
 *               threshold was crossed
 * @param neuron index of the neuron (or Poisson source) within its population (or input)
 */
public record Spike(double timeMs, int neuron) {
}

package org.astrocyte.controllers.encoding;

/**
 * Turns the spikes of a motor population back into a number every control tick: a rate, a turn, a speed. A decoder
 * is bound to one population and may keep state between ticks (a smoothing window).
 *
 * <p>Implementations: {@link SmoothedRateDecoder} (exponentially smoothed firing rate),
 * {@link PopulationVectorDecoder} (rate-weighted mean of preferred directions).
 */
public interface MotorDecoder {

    /** Takes one tick's spike counts, one per neuron of the population, and returns the decoded value. */
    double decode(int[] spikeCounts);
}

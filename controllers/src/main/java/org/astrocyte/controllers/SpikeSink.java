package org.astrocyte.controllers;

/**
 * Receives every spike of a reflex's networks as it is simulated, for rasters of single neurons; see
 * {@link ReflexController#recordSpikes(SpikeSink)}. Only the neurons of populations spike here, not the network's
 * inputs (Poisson sources), so the spikes a sink receives are exactly those that
 * {@link ReflexController#takeSpikeCounts()} counts. A sink is called on the thread that steps the reflex, inside
 * {@code step}; it must be quick and must not step the reflex.
 */
@FunctionalInterface
public interface SpikeSink {

    /**
     * One spike.
     *
     * @param network    the name of the reflex whose network fired (a layer's own name in a stack)
     * @param population the population the neuron belongs to
     * @param neuron     the neuron's index in its population, from 0
     * @param timeMicros the end of the simulation step in which it fired, µs of the network's own time since it was
     *                   built; a reflex advances its network by one control tick per {@code step}, so for a reflex
     *                   stepped every tick from the start of a run this is the run's simulated time
     */
    void spike(String network, String population, int neuron, long timeMicros);

    /**
     * Declares a population of {@code network} with {@code neurons} neurons, once per population, in the network's
     * order, when recording starts; so that a raster can show the neurons that never fire. Ignored by default.
     */
    default void population(String network, String population, int neurons) {
    }
}

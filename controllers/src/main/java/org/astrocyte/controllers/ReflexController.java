package org.astrocyte.controllers;

import java.util.Map;

/**
 * The fast loop of an agent: a sensor frame in, a motor command out, every control tick. It runs inside the
 * agent's process, never across the bus. Implementations are not thread-safe: one body, one controller.
 */
public interface ReflexController {

    /** Decides the wheel speeds for this tick. */
    ReflexDecision step(SensorFrame frame);

    /** A short name for traces ("braitenberg", "none", ...). */
    String name();

    /**
     * Spikes per population since the last call, for decimated reports; empty for non-spiking controllers.
     * Calling it resets the counts.
     */
    default Map<String, Integer> takeSpikeCounts() {
        return Map.of();
    }

    /** Spikes simulated since the controller was built; 0 for non-spiking controllers. */
    default long totalSpikes() {
        return 0;
    }

    /**
     * Hands every later spike of the controller's networks to {@code sink}, as it is simulated, or stops doing so
     * when {@code sink} is null. Recording never changes what the controller decides, and costs nothing until a sink
     * is set. Non-spiking controllers have no spikes: by default nothing is recorded; wrappers pass the sink on.
     */
    default void recordSpikes(SpikeSink sink) {
    }
}

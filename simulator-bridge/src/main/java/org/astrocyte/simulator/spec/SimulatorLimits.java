package org.astrocyte.simulator.spec;

/**
 * Bounds on what one simulator session may build and run, so that a network described by a user or an LLM cannot
 * exhaust memory or time. Checked before anything large is allocated.
 *
 * @param maxNeurons most neurons plus Poisson sources in a network
 * @param maxSynapses most synapses in a network (fixed-probability projections count with their drawn size)
 * @param maxRunMs longest simulated duration of one {@code run} call (ms)
 */
public record SimulatorLimits(int maxNeurons, long maxSynapses, double maxRunMs) {

    public SimulatorLimits {
        if (maxNeurons <= 0) {
            throw new IllegalArgumentException("maxNeurons must be positive, got " + maxNeurons);
        }
        if (maxSynapses < 0) {
            throw new IllegalArgumentException("maxSynapses must not be negative, got " + maxSynapses);
        }
        if (!(maxRunMs > 0) || !Double.isFinite(maxRunMs)) {
            throw new IllegalArgumentException("maxRunMs must be positive and finite, got " + maxRunMs);
        }
    }

    /** 100 000 neurons, 10 000 000 synapses, 60 000 ms per run. */
    public static SimulatorLimits defaults() {
        return new SimulatorLimits(100_000, 10_000_000L, 60_000.0);
    }
}

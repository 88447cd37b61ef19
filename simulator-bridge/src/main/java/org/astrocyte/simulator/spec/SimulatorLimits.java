package org.astrocyte.simulator.spec;

/**
 * Bounds on what one simulator session may build and run, so that a network described by a user or an LLM cannot
 * exhaust memory or time. Checked before anything large is allocated.
 *
 * @param maxNeurons most neurons plus Poisson sources in a network
 * @param maxSynapses most synapses in a network (fixed-probability projections count with their drawn size)
 * @param maxRunMs longest simulated duration of one {@code run} call (ms)
 * @param maxDelayCells most cells of the delay buffers: 2 x (longest delay in steps + 1) x neurons
 */
public record SimulatorLimits(int maxNeurons, long maxSynapses, double maxRunMs, long maxDelayCells) {

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
        if (maxDelayCells <= 0) {
            throw new IllegalArgumentException("maxDelayCells must be positive, got " + maxDelayCells);
        }
    }

    /** Limits with the default bound on delay-buffer cells. */
    public SimulatorLimits(int maxNeurons, long maxSynapses, double maxRunMs) {
        this(maxNeurons, maxSynapses, maxRunMs, DEFAULT_DELAY_CELLS);
    }

    /** 50 million cells, 400 MB: delays up to 25 ms at dt 0.1 ms on 100 000 neurons. */
    public static final long DEFAULT_DELAY_CELLS = 50_000_000L;

    /** 100 000 neurons, 10 000 000 synapses, 60 000 ms per run, 50 million delay cells. */
    public static SimulatorLimits defaults() {
        return new SimulatorLimits(100_000, 10_000_000L, 60_000.0, DEFAULT_DELAY_CELLS);
    }
}

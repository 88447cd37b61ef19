package org.astrocyte.controllers.encoding;

/**
 * The firing rate of a population, per neuron, smoothed with an exponential window of time constant τ: every tick
 * the trace decays by e^{−tick/τ} and grows by the tick's spikes per neuron, and the rate is trace / τ, which a
 * steady train of r Hz brings to r. Times in ms, rates in Hz.
 */
public final class SmoothedRateDecoder implements MotorDecoder {

    private final double tauSeconds;
    private final double decay;
    private double trace;

    /**
     * @param tauMs  the smoothing time constant, ms (positive)
     * @param tickMs the control tick, ms (positive)
     */
    public SmoothedRateDecoder(double tauMs, double tickMs) {
        if (!(tauMs > 0) || Double.isInfinite(tauMs)) {
            throw new IllegalArgumentException("the smoothing time constant must be positive, got " + tauMs + " ms");
        }
        if (!(tickMs > 0) || Double.isInfinite(tickMs)) {
            throw new IllegalArgumentException("the tick must be positive, got " + tickMs + " ms");
        }
        this.tauSeconds = tauMs / 1000.0;
        this.decay = Math.exp(-tickMs / tauMs);
    }

    /** Adds one tick's spikes and returns the smoothed rate per neuron, Hz. */
    @Override
    public double decode(int[] spikeCounts) {
        if (spikeCounts == null || spikeCounts.length == 0) {
            throw new IllegalArgumentException("a rate decoder needs the counts of at least one neuron");
        }
        int sum = 0;
        for (int n : spikeCounts) {
            sum += n;
        }
        trace = trace * decay + (double) sum / spikeCounts.length;
        return rateHz();
    }

    /** The smoothed rate per neuron after the last tick, Hz. */
    public double rateHz() {
        return trace / tauSeconds;
    }
}

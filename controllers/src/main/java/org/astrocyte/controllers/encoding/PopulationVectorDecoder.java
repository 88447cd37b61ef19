package org.astrocyte.controllers.encoding;

/**
 * Population-vector decoding of a turn (Georgopoulos, Schwartz and Kettner 1986, "Neuronal population coding of
 * movement direction", Science 233:1416-1419): neuron i of n prefers the turn −max + 2·max·i/(n − 1), spread evenly
 * over [−max, max], and the decoded turn is the mean of the preferred turns weighted by each neuron's exponentially
 * smoothed rate. A silent population (smoothed spikes summing to less than {@value #SILENT_TRACE}, that is, no spike
 * for several τ) decodes to 0. The turn has the unit of {@code max} (rad/s, or a fraction of the top turn).
 */
public final class PopulationVectorDecoder implements MotorDecoder {

    /** Summed traces below this count as silence: one spike decays below it after 3τ. */
    static final double SILENT_TRACE = 0.05;

    private final double[] preferred;
    private final double[] traces;
    private final double decay;

    /**
     * @param neurons the population's size, at least 2
     * @param maxTurn the largest preferred turn (positive)
     * @param tauMs   the smoothing time constant, ms (positive)
     * @param tickMs  the control tick, ms (positive)
     */
    public PopulationVectorDecoder(int neurons, double maxTurn, double tauMs, double tickMs) {
        if (neurons < 2) {
            throw new IllegalArgumentException("a population vector needs at least 2 neurons, got " + neurons);
        }
        if (!(maxTurn > 0) || Double.isInfinite(maxTurn)) {
            throw new IllegalArgumentException("the largest turn must be positive, got " + maxTurn);
        }
        if (!(tauMs > 0) || !(tickMs > 0) || Double.isInfinite(tauMs) || Double.isInfinite(tickMs)) {
            throw new IllegalArgumentException("τ and the tick must be positive, got " + tauMs + " and " + tickMs
                    + " ms");
        }
        this.preferred = new double[neurons];
        for (int i = 0; i < neurons; i++) {
            preferred[i] = -maxTurn + 2 * maxTurn * i / (neurons - 1);
        }
        this.traces = new double[neurons];
        this.decay = Math.exp(-tickMs / tauMs);
    }

    /** The turn neuron {@code i} prefers. */
    public double preferredTurn(int i) {
        return preferred[i];
    }

    /** Adds one tick's spikes and returns the rate-weighted mean of the preferred turns, 0 when silent. */
    @Override
    public double decode(int[] spikeCounts) {
        if (spikeCounts == null || spikeCounts.length != traces.length) {
            throw new IllegalArgumentException("expected the counts of " + traces.length + " neurons, got "
                    + (spikeCounts == null ? "none" : spikeCounts.length));
        }
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < traces.length; i++) {
            traces[i] = traces[i] * decay + spikeCounts[i];
            total += traces[i];
            weighted += traces[i] * preferred[i];
        }
        return total < SILENT_TRACE ? 0 : weighted / total;
    }
}

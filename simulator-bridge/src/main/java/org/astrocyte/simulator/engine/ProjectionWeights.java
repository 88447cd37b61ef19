package org.astrocyte.simulator.engine;

/**
 * The current weights of one projection, one entry per synapse, ordered by source and then as the connectivity
 * enumerated them.
 *
 * @param source the synapse's source, a local index in the projection's source
 * @param target the synapse's target, a local index in the target population
 * @param weight its weight (pA or nS)
 */
public record ProjectionWeights(int[] source, int[] target, double[] weight) {

    /** Number of synapses. */
    public int size() {
        return weight.length;
    }

    /** The mean weight, NaN when there are no synapses. */
    public double mean() {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        return sum / weight.length;
    }
}

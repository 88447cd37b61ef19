package org.astrocyte.simulator.engine;

import java.util.SplittableRandom;

/**
 * Independent Poisson spike sources. In every step each source, in index order, takes exactly one draw from the
 * shared random stream and spikes if it falls below 1 - exp(-rate·dt), the probability that a Poisson process of
 * that rate has at least one event in the step. Because the draw count does not depend on the rates, changing one
 * source's rate leaves every other source's spikes unchanged.
 */
final class PoissonSources {

    private final double dtSeconds;
    private final double[] spikeProbability;
    private final SplittableRandom random;

    PoissonSources(int count, double dtMs, SplittableRandom random) {
        this.dtSeconds = dtMs / 1000.0;
        this.spikeProbability = new double[count];
        this.random = random;
    }

    /** Sets source {@code index} to fire at {@code hz} spikes per second (finite, not negative). */
    void setRate(int index, double hz) {
        spikeProbability[index] = -Math.expm1(-hz * dtSeconds);
    }

    /** Draws one step; spiking sources are added to {@code spikes} as {@code firstGlobalIndex + index}. */
    void draw(SpikeBuffer spikes, int firstGlobalIndex) {
        for (int i = 0; i < spikeProbability.length; i++) {
            if (random.nextDouble() < spikeProbability[i]) {
                spikes.add(firstGlobalIndex + i);
            }
        }
    }
}

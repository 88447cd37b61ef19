package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Independent Poisson spike sources. In every step each source, in index order, takes exactly one draw from the
 * shared random stream and spikes if it falls below 1 - exp(-rate·dt), the probability that a Poisson process of
 * that rate has at least one event in the step. Because the draw count does not depend on the rates, changing one
 * source's rate leaves every other source's spikes unchanged.
 */
final class PoissonSources {

    private final double dtSeconds;
    private final double[] spikeProbability;
    private final SplitMix64 random;

    PoissonSources(int count, double dtMs, long seed) {
        this.dtSeconds = dtMs / 1000.0;
        this.spikeProbability = new double[count];
        this.random = new SplitMix64(seed);
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

    void save(DataOutput out) throws IOException {
        out.writeLong(random.state());
        StateArrays.write(out, spikeProbability);
    }

    void load(DataInput in) throws IOException {
        random.restore(in.readLong());
        StateArrays.read(in, spikeProbability, "Poisson rates");
    }
}

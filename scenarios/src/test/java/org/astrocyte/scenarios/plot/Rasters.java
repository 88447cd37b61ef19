package org.astrocyte.scenarios.plot;

import java.util.List;
import java.util.SplittableRandom;

/** Rasters for the tests: random spikes from a fixed seed. */
final class Rasters {

    private Rasters() {
    }

    /** Excitatory and inhibitory groups (80/20) with {@code spikes} spikes uniformly spread over 1 s. */
    static SpikeRaster excitatoryInhibitory(int spikes) {
        SplittableRandom random = new SplittableRandom(42);
        int excitatory = spikes * 4 / 5;
        return new SpikeRaster("test network", 1000.0, List.of(
                random("E", 3200, excitatory, 1000.0, random),
                random("I", 800, spikes - excitatory, 1000.0, random)));
    }

    /** Two groups without a single spike. */
    static SpikeRaster silent() {
        return new SpikeRaster("silence", 250.0, List.of(
                new SpikeRaster.Group("E", 40, new double[0], new int[0]),
                new SpikeRaster.Group("I", 10, new double[0], new int[0])));
    }

    static SpikeRaster.Group random(String name, int size, int spikes, double durationMs, SplittableRandom random) {
        double[] times = new double[spikes];
        int[] neurons = new int[spikes];
        for (int i = 0; i < spikes; i++) {
            times[i] = random.nextDouble() * durationMs;
            neurons[i] = random.nextInt(size);
        }
        return new SpikeRaster.Group(name, size, times, neurons);
    }
}

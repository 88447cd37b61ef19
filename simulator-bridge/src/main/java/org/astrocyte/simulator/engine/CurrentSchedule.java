package org.astrocyte.simulator.engine;

import java.util.List;
import org.astrocyte.simulator.spec.CurrentInputSpec;
import org.astrocyte.simulator.spec.NetworkSpec;

/**
 * The constant and step currents of a spec, per population: an input with start s and stop e (ms) is on in steps
 * round(s/dt) ≤ k < round(e/dt). {@link #injectedPa} gives the sum of the inputs on in a step.
 */
final class CurrentSchedule {

    private final int[] population;
    private final double[] amplitudePa;
    private final long[] startStep;
    private final long[] stopStep;

    CurrentSchedule(NetworkSpec spec) {
        List<CurrentInputSpec> currents = spec.currents();
        int n = currents.size();
        population = new int[n];
        amplitudePa = new double[n];
        startStep = new long[n];
        stopStep = new long[n];
        for (int i = 0; i < n; i++) {
            CurrentInputSpec c = currents.get(i);
            population[i] = spec.populations().indexOf(spec.population(c.population()));
            amplitudePa[i] = c.amplitudePa();
            startStep[i] = Math.round(c.startMs() / spec.dtMs());
            stopStep[i] = Double.isInfinite(c.stopMs()) ? Long.MAX_VALUE : Math.round(c.stopMs() / spec.dtMs());
        }
    }

    /** Fills {@code perPopulation} with the current injected into each population in step {@code step} (pA). */
    void injectedPa(long step, double[] perPopulation) {
        java.util.Arrays.fill(perPopulation, 0.0);
        for (int i = 0; i < population.length; i++) {
            if (step >= startStep[i] && step < stopStep[i]) {
                perPopulation[population[i]] += amplitudePa[i];
            }
        }
    }
}

package org.astrocyte.simulator.spec;

import java.util.Arrays;

/** What a session records while the network runs; results come back from the session by monitor name. */
public sealed interface MonitorSpec {

    /** The population (or input) watched. */
    String population();

    /** Every spike of a population or input. */
    record Spikes(String population) implements MonitorSpec {
        public Spikes {
            Names.requireName("spike monitor target", population);
        }
    }

    /**
     * One state variable of chosen neurons, sampled every {@code intervalMs} (a whole number of steps).
     *
     * @param population the population
     * @param variable a state variable of its model, e.g. "v"
     * @param neurons indices of the neurons to sample
     * @param intervalMs sampling interval (ms)
     */
    record State(String population, String variable, int[] neurons, double intervalMs) implements MonitorSpec {
        public State {
            Names.requireName("state monitor target", population);
            Names.requireName("state monitor variable", variable);
            if (neurons == null || neurons.length == 0) {
                throw new InvalidNetworkException("state monitor of " + population + "." + variable
                        + ": name at least one neuron");
            }
            neurons = neurons.clone();
            if (!Double.isFinite(intervalMs) || intervalMs <= 0) {
                throw new InvalidNetworkException("state monitor of " + population + "." + variable
                        + ": interval must be positive, got " + intervalMs + " ms");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State s && population.equals(s.population) && variable.equals(s.variable)
                    && Arrays.equals(neurons, s.neurons) && intervalMs == s.intervalMs;
        }

        @Override
        public int hashCode() {
            return (population.hashCode() * 31 + variable.hashCode()) * 31 + Arrays.hashCode(neurons);
        }
    }

    /** The population rate (spikes per neuron per second) in bins of {@code binMs} (a whole number of steps). */
    record Rate(String population, double binMs) implements MonitorSpec {
        public Rate {
            Names.requireName("rate monitor target", population);
            if (!Double.isFinite(binMs) || binMs <= 0) {
                throw new InvalidNetworkException("rate monitor of " + population + ": bin must be positive, got "
                        + binMs + " ms");
            }
        }
    }
}

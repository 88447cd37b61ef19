package org.astrocyte.controllers.encoding;

import java.util.Map;

/**
 * The spikes of one control tick, per population and Poisson input and per neuron, as {@link TickedNetwork#tick()}
 * returns them.
 */
public final class TickSpikes {

    private final Map<String, int[]> counts;

    TickSpikes(Map<String, int[]> counts) {
        this.counts = counts;
    }

    /** Spikes per neuron of population (or input) {@code name} in this tick; a fresh copy. */
    public int[] counts(String name) {
        return group(name).clone();
    }

    /** Spikes of population (or input) {@code name} in this tick. */
    public int count(String name) {
        int sum = 0;
        for (int n : group(name)) {
            sum += n;
        }
        return sum;
    }

    private int[] group(String name) {
        int[] group = counts.get(name);
        if (group == null) {
            throw new IllegalArgumentException("unknown population or input '" + name + "'; known: "
                    + String.join(", ", counts.keySet()));
        }
        return group;
    }
}

package org.astrocyte.core.event;

import java.util.Map;

/**
 * A decimated report of a simulated network: spikes per population in the last {@code windowMillis} ms of
 * simulated time, and the network's total since the start of the run.
 */
public record SpikesCounted(Stamp stamp, String network, double windowMillis, Map<String, Integer> spikes,
        long totalSpikes) implements Event {
    @Override
    public String topic() {
        return Topics.SIMULATOR;
    }
}

package org.astrocyte.simulator;

import java.util.Arrays;
import org.astrocyte.simulator.engine.SourceGroup;
import org.astrocyte.simulator.engine.SourceLayout;

/**
 * Spike counts of one {@link SimulatorSession#run(double)} call, per population and Poisson input and per neuron.
 * Immutable: it owns the one count array the run filled, and {@link #spikeCounts(String)} hands out copies.
 */
public final class RunResult {

    private final SourceLayout layout;
    private final int[] counts;
    private final long totalSpikes;
    private final long synapticEvents;
    private final double startMs;
    private final double endMs;

    RunResult(SourceLayout layout, int[] counts, long totalSpikes, long synapticEvents, double startMs,
            double endMs) {
        this.layout = layout;
        this.counts = counts;
        this.totalSpikes = totalSpikes;
        this.synapticEvents = synapticEvents;
        this.startMs = startMs;
        this.endMs = endMs;
    }

    /** Spikes of population (or Poisson input) {@code name} during the run. */
    public int spikeCount(String name) {
        SourceGroup group = layout.source(name);
        int sum = 0;
        for (int i = group.offset(), end = group.offset() + group.size(); i < end; i++) {
            sum += counts[i];
        }
        return sum;
    }

    /** Spikes per neuron (or source) of {@code name} during the run, indexed like the population; a fresh copy. */
    public int[] spikeCounts(String name) {
        SourceGroup group = layout.source(name);
        return Arrays.copyOfRange(counts, group.offset(), group.offset() + group.size());
    }

    /** Spikes of all neurons in populations during the run (Poisson input spikes are not included). */
    public long totalSpikes() {
        return totalSpikes;
    }

    /** Synaptic events (spike deliveries along one synapse) during the run. */
    public long synapticEvents() {
        return synapticEvents;
    }

    /** Session time when the run started (ms). */
    public double startMs() {
        return startMs;
    }

    /** Session time when the run ended (ms). */
    public double endMs() {
        return endMs;
    }
}

package org.astrocyte.scenarios.plot;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The spikes of a run, grouped by population, ready to be drawn by {@link SpikeRasterPlot}.
 *
 * @param title      the heading of the figure
 * @param durationMs the simulated time the spikes cover, ms, from 0; every spike lies in [0, durationMs]
 * @param groups     the populations, at least one, with distinct names, stacked from the bottom of the raster up in
 *                   this order
 */
public record SpikeRaster(String title, double durationMs, List<Group> groups) {

    public SpikeRaster {
        if (title == null) {
            throw new IllegalArgumentException("the raster needs a title");
        }
        if (!(durationMs > 0) || Double.isInfinite(durationMs)) {
            throw new IllegalArgumentException("duration must be a positive number of ms, got " + durationMs);
        }
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("the raster needs at least one group");
        }
        groups = List.copyOf(groups);
        Set<String> names = new HashSet<>();
        for (Group group : groups) {
            if (!names.add(group.name())) {
                throw new IllegalArgumentException("two groups are named '" + group.name() + "'");
            }
            group.requireWithin(durationMs);
        }
    }

    /** Neurons of all groups together. */
    public int neuronCount() {
        return groups.stream().mapToInt(Group::size).sum();
    }

    /** Spikes of all groups together. */
    public long spikeCount() {
        return groups.stream().mapToLong(Group::spikeCount).sum();
    }

    /**
     * The spikes of one population, as two parallel arrays; the arrays are copied in and accessors hand out copies.
     *
     * @param name    the population's name, shown in the legend
     * @param size    number of neurons, at least 1
     * @param timesMs spike times, ms, in any order
     * @param neurons the neuron of each spike, indexed from 0 within the group
     */
    public record Group(String name, int size, double[] timesMs, int[] neurons) {

        public Group {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a group needs a name");
            }
            if (size < 1) {
                throw new IllegalArgumentException("group '" + name + "' needs at least one neuron, got " + size);
            }
            if (timesMs == null || neurons == null || timesMs.length != neurons.length) {
                throw new IllegalArgumentException("group '" + name + "' needs as many spike times as neurons, got "
                        + (timesMs == null ? "no" : timesMs.length) + " times and "
                        + (neurons == null ? "no" : neurons.length) + " neurons");
            }
            timesMs = timesMs.clone();
            neurons = neurons.clone();
            for (int i = 0; i < neurons.length; i++) {
                if (neurons[i] < 0 || neurons[i] >= size) {
                    throw new IllegalArgumentException("group '" + name + "': spike " + i + " names neuron "
                            + neurons[i] + ", outside [0, " + size + ")");
                }
            }
        }

        @Override
        public double[] timesMs() {
            return timesMs.clone();
        }

        @Override
        public int[] neurons() {
            return neurons.clone();
        }

        /** Number of spikes. */
        public int spikeCount() {
            return timesMs.length;
        }

        /** Time of spike {@code i}, ms. */
        public double timeMs(int i) {
            return timesMs[i];
        }

        /** Neuron of spike {@code i}, within the group. */
        public int neuron(int i) {
            return neurons[i];
        }

        private void requireWithin(double durationMs) {
            for (int i = 0; i < timesMs.length; i++) {
                if (!(timesMs[i] >= 0 && timesMs[i] <= durationMs)) {
                    throw new IllegalArgumentException("group '" + name + "': spike " + i + " at " + timesMs[i]
                            + " ms lies outside [0, " + durationMs + "] ms");
                }
            }
        }
    }
}

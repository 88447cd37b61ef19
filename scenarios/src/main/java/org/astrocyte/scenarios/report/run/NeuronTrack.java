package org.astrocyte.scenarios.report.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One agent's recorded spikes ({@code spikes.csv}), neuron by neuron: its networks' populations, in the order the
 * networks declared them ({@code populations.csv}) and then any other that fired, and each spike's population,
 * neuron and time, in the file's (time) order.
 */
final class NeuronTrack {

    private final Map<String, Map<String, Population>> byNetwork = new LinkedHashMap<>();
    private final List<Population> populations = new ArrayList<>();
    private int[] population = new int[1024];
    private int[] neuron = new int[1024];
    private final DoubleColumn seconds = new DoubleColumn();

    /**
     * Declares a population of {@code neurons} neurons (from {@code populations.csv}).
     *
     * @return false if it was declared before
     */
    boolean declare(String network, String name, int neurons) {
        Map<String, Population> byName = byNetwork.computeIfAbsent(network, n -> new LinkedHashMap<>());
        if (byName.containsKey(name)) {
            return false;
        }
        Population p = new Population(network, name, populations.size(), neurons, true);
        byName.put(name, p);
        populations.add(p);
        return true;
    }

    /** The declared size of a population, or -1 if it was not declared. */
    int declared(String network, String name) {
        Population p = byNetwork.getOrDefault(network, Map.of()).get(name);
        return p != null && p.declared ? p.neurons : -1;
    }

    /** Adds one spike of neuron {@code index} of {@code name} at {@code t} s. */
    void add(String network, String name, int index, double t) {
        Population p = byNetwork.computeIfAbsent(network, n -> new LinkedHashMap<>()).get(name);
        if (p == null) {
            p = new Population(network, name, populations.size(), 0, false);
            byNetwork.get(network).put(name, p);
            populations.add(p);
        }
        p.neurons = Math.max(p.neurons, index + 1);
        int size = seconds.size();
        if (size == population.length) {
            population = Arrays.copyOf(population, size * 2);
            neuron = Arrays.copyOf(neuron, size * 2);
        }
        population[size] = p.index;
        neuron[size] = index;
        seconds.add(t);
    }

    /** Spikes recorded. */
    int spikes() {
        return seconds.size();
    }

    /** Whether any population is known (declared or fired). */
    boolean hasPopulations() {
        return !populations.isEmpty();
    }

    /** The time of the last spike (s), or 0 without spikes. */
    double lastSeconds() {
        return spikes() == 0 ? 0 : seconds.last();
    }

    /**
     * The raster to draw, at most {@code budget} dots: every spike if they fit; else one dot per neuron and time bin
     * of {@code binSeconds} (the first spike in it), and if that is still too many, every k-th of those dots.
     *
     * @param cutSeconds the time from which the run's recording was cut, or null if this agent's spikes are complete
     */
    Raster raster(String agent, int budget, double binSeconds, Double cutSeconds) {
        int[] offsets = new int[populations.size()];
        List<Row> rows = new ArrayList<>();
        int neurons = 0;
        for (Population p : populations) {
            offsets[p.index] = neurons;
            rows.add(new Row(p.network, p.name, p.neurons));
            neurons += p.neurons;
        }
        int size = spikes();
        double merged = 0;
        int[] kept = new int[size];
        int count = 0;
        if (size <= budget) {
            for (int i = 0; i < size; i++) {
                kept[count++] = i;
            }
        } else {
            merged = binSeconds;
            long[] lastBin = new long[neurons];
            Arrays.fill(lastBin, -1);
            for (int i = 0; i < size; i++) {
                int row = offsets[population[i]] + neuron[i];
                long bin = (long) Math.floor(seconds.get(i) / binSeconds);
                if (bin != lastBin[row]) {
                    lastBin[row] = bin;
                    kept[count++] = i;
                }
            }
        }
        int stride = Thinning.stride(count, Math.max(1, budget));
        int dots = (count + stride - 1) / stride;
        double[] t = new double[dots];
        int[] n = new int[dots];
        for (int d = 0; d < dots; d++) {
            int i = kept[d * stride];
            t[d] = Math.round(seconds.get(i) * 1e4) / 1e4;
            n[d] = offsets[population[i]] + neuron[i];
        }
        return new Raster(agent, rows, t, n, size, Rounding.millis(merged), stride, cutSeconds);
    }

    /** A population: its network, name, place in the order, size, and whether {@code populations.csv} named it. */
    private static final class Population {
        private final String network;
        private final String name;
        private final int index;
        private int neurons;
        private final boolean declared;

        Population(String network, String name, int index, int neurons, boolean declared) {
            this.network = network;
            this.name = name;
            this.index = index;
            this.neurons = neurons;
            this.declared = declared;
        }
    }

    /** A population of the raster: {@code neurons} rows, after those of the populations before it. */
    record Row(String network, String population, int neurons) {
    }

    /**
     * An agent's neuron raster: dot {@code i} at time {@code t[i]} (s, to 0.1 ms) on row {@code n[i]} (the rows of
     * each population in turn, neuron 0 first).
     *
     * @param spikes     spikes recorded for the agent
     * @param mergedBin  0 if every spike is a dot, else the time bin (s) within which one neuron's spikes make one dot
     * @param stride     1, or k when only every k-th dot is kept
     * @param cutSeconds when the run's recording stopped at its bound (s), or null if the agent's spikes are complete
     */
    record Raster(String agent, List<Row> rows, double[] t, int[] n, int spikes, double mergedBin, int stride,
            Double cutSeconds) {
    }
}

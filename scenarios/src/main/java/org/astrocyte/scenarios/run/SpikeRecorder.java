package org.astrocyte.scenarios.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.SpikeSink;

/**
 * The spikes of every agent's reflex networks in a run, one row per spike, for {@value #FILE_NAME}: the first
 * {@code maxSpikes} of the run (all agents together, in simulated time) are kept in primitive arrays, later ones only
 * counted, and everything is written once when the run ends. The populations the networks declare go to
 * {@value #POPULATIONS_FILE}, so that a raster can show neurons that never fired. Times in simulated ms, to the
 * networks' simulation step. Single-threaded, like the run's loop.
 */
public final class SpikeRecorder {

    /** The spikes, next to the trace. */
    public static final String FILE_NAME = "spikes.csv";
    /** The header of {@value #FILE_NAME}. */
    public static final String HEADER = "agent,network,population,neuron,time_ms";
    /** The populations of each agent's networks with their sizes, next to the trace. */
    public static final String POPULATIONS_FILE = "populations.csv";
    /** The header of {@value #POPULATIONS_FILE}. */
    public static final String POPULATIONS_HEADER = "agent,network,population,neurons";
    /** Most spikes a run records; later ones are counted, not kept (about 8 MB of CSV). */
    public static final int MAX_SPIKES = 200_000;

    private static final int INITIAL_CAPACITY = 4096;

    private final List<String> agents;
    private final int maxSpikes;
    private final List<Population> populations = new ArrayList<>();
    private int[] population = new int[0];
    private int[] neuron = new int[0];
    private long[] micros = new long[0];
    private int size;
    private long dropped;

    /** A recorder for {@code agents} (in the run's order) keeping at most {@code maxSpikes} spikes. */
    public SpikeRecorder(List<String> agents, int maxSpikes) {
        if (maxSpikes < 0) {
            throw new IllegalArgumentException("the most spikes to record cannot be negative, got " + maxSpikes);
        }
        this.agents = List.copyOf(agents);
        this.maxSpikes = maxSpikes;
    }

    /** The sink of agent {@code agent} (its index in the run's order), to give to its reflex. */
    public SpikeSink sink(int agent) {
        if (agent < 0 || agent >= agents.size()) {
            throw new IllegalArgumentException("no agent " + agent + " among " + agents.size());
        }
        return new AgentSink(agent);
    }

    /** Spikes kept so far. */
    public int recorded() {
        return size;
    }

    /** Spikes that came after the bound was reached, counted but not kept. */
    public long dropped() {
        return dropped;
    }

    /**
     * Writes {@value #FILE_NAME} and {@value #POPULATIONS_FILE} into {@code dir}, headers included even when no
     * agent has a spiking reflex.
     */
    public void write(Path dir) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(64);
            for (int i = 0; i < size; i++) {
                Population p = populations.get(population[i]);
                line.setLength(0);
                line.append(p.prefix).append(neuron[i]).append(',');
                appendMillis(line, micros[i]);
                out.append(line).append('\n');
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(POPULATIONS_FILE), StandardCharsets.UTF_8)) {
            out.write(POPULATIONS_HEADER);
            out.write('\n');
            for (Population p : populations) {
                out.append(p.prefix).append(Integer.toString(p.neurons)).append('\n');
            }
        }
    }

    /** µs as ms with only the decimals it needs: 1500 as 1.5, 2000 as 2, 1234 as 1.234. */
    static void appendMillis(StringBuilder line, long timeMicros) {
        if (timeMicros < 0) {
            line.append('-');
        }
        long magnitude = Math.abs(timeMicros);
        line.append(magnitude / 1000);
        long fraction = magnitude % 1000;
        if (fraction != 0) {
            line.append('.');
            if (fraction < 100) {
                line.append('0');
            }
            if (fraction < 10) {
                line.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            line.append(fraction);
        }
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private int add(int agent, String network, String name, int neurons) {
        populations.add(new Population(field(agents.get(agent)) + ',' + field(network) + ',' + field(name) + ',',
                neurons));
        return populations.size() - 1;
    }

    private void append(int key, int index, long timeMicros) {
        if (size == population.length) {
            int capacity = Math.min(maxSpikes, Math.max(INITIAL_CAPACITY, size * 2));
            population = Arrays.copyOf(population, capacity);
            neuron = Arrays.copyOf(neuron, capacity);
            micros = Arrays.copyOf(micros, capacity);
        }
        population[size] = key;
        neuron[size] = index;
        micros[size] = timeMicros;
        size++;
        Population p = populations.get(key);
        if (index >= p.neurons) {
            p.neurons = index + 1;
        }
    }

    /**
     * One population of one agent's network: the start of its CSV rows and its size (as declared, or one more than
     * the highest neuron that fired).
     */
    private static final class Population {
        private final String prefix;
        private int neurons;

        Population(String prefix, int neurons) {
            this.prefix = prefix;
            this.neurons = neurons;
        }
    }

    /**
     * One agent's sink. It remembers the last population it saw, compared by reference (a network passes the same
     * name objects every time, and a step's spikes come population by population), so that most spikes cost no
     * lookup; the maps decide when the names differ.
     */
    private final class AgentSink implements SpikeSink {

        private final int agent;
        private final Map<String, Map<String, Integer>> keys = new HashMap<>();
        private String lastNetwork;
        private String lastPopulation;
        private int lastKey;

        AgentSink(int agent) {
            this.agent = agent;
        }

        @Override
        public void spike(String network, String name, int index, long timeMicros) {
            if (size == maxSpikes) {
                dropped++;
                return;
            }
            if (network != lastNetwork || name != lastPopulation) {
                lastKey = key(network, name, 0);
                lastNetwork = network;
                lastPopulation = name;
            }
            append(lastKey, index, timeMicros);
        }

        @Override
        public void population(String network, String name, int neurons) {
            int key = key(network, name, neurons);
            Population p = populations.get(key);
            p.neurons = Math.max(p.neurons, neurons);
        }

        private int key(String network, String name, int neurons) {
            Map<String, Integer> byName = keys.computeIfAbsent(network, n -> new HashMap<>());
            Integer key = byName.get(name);
            if (key == null) {
                key = add(agent, network, name, neurons);
                byName.put(name, key);
            }
            return key;
        }
    }
}

package org.astrocyte.scenarios.simulate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.astrocyte.simulator.monitor.SpikeCsvStream;

/** Reads a spike CSV written by {@link SpikeCsvStream} back into per-population arrays of times and neurons. */
public final class SpikeCsvReader {

    /** The spikes of one population: parallel arrays of times (ms) and neuron indices. */
    public static final class PopulationSpikes {
        private double[] timesMs = new double[1024];
        private int[] neurons = new int[1024];
        private int size;

        void add(double timeMs, int neuron) {
            if (size == timesMs.length) {
                timesMs = Arrays.copyOf(timesMs, size * 2);
                neurons = Arrays.copyOf(neurons, size * 2);
            }
            timesMs[size] = timeMs;
            neurons[size++] = neuron;
        }

        public double[] timesMs() {
            return Arrays.copyOf(timesMs, size);
        }

        public int[] neurons() {
            return Arrays.copyOf(neurons, size);
        }

        public int size() {
            return size;
        }
    }

    private SpikeCsvReader() {
    }

    /** The spikes in {@code csv}, by population in order of first appearance. */
    public static Map<String, PopulationSpikes> read(Path csv) throws IOException {
        Map<String, PopulationSpikes> byPopulation = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(csv)) {
            String header = in.readLine();
            if (!SpikeCsvStream.HEADER.equals(header)) {
                throw new IOException(csv + ": expected the header '" + SpikeCsvStream.HEADER + "', got '" + header
                        + "'");
            }
            String line;
            while ((line = in.readLine()) != null) {
                int first = line.indexOf(',');
                int second = line.indexOf(',', first + 1);
                byPopulation.computeIfAbsent(line.substring(first + 1, second), name -> new PopulationSpikes())
                        .add(Double.parseDouble(line.substring(0, first)), Integer.parseInt(line.substring(second + 1)));
            }
        }
        return byPopulation;
    }
}

package org.astrocyte.scenarios.report.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.core.event.SpikesCounted;

/**
 * One agent's reflex network as the trace reports it: spikes per population in every sample window
 * ({@code SpikesCounted}). The trace holds no per-neuron spike times, so this is the finest raster the report can
 * draw: one row per population, one column per window.
 */
final class SpikeTrack {

    private String network;
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private final List<int[]> counts = new ArrayList<>();
    private final DoubleColumn ends = new DoubleColumn();
    private final DoubleColumn windows = new DoubleColumn();

    void add(double seconds, SpikesCounted event) {
        network = event.network();
        int[] column = new int[rows.size() + event.spikes().size()];
        event.spikes().forEach((population, n) -> {
            Integer row = rows.get(population);
            if (row == null) {
                row = rows.size();
                rows.put(population, row);
            }
            column[row] = n;
        });
        counts.add(column);
        ends.add(seconds);
        windows.add(event.windowMillis() / 1000.0);
    }

    int windows() {
        return ends.size();
    }

    int populations() {
        return rows.size();
    }

    /**
     * The raster with every {@code merge} consecutive windows added into one (the last may hold fewer), so that a
     * long run fits the page.
     */
    Raster raster(String agent, int merge) {
        int columns = (windows() + merge - 1) / merge;
        int[][] merged = new int[rows.size()][columns];
        double[] t = new double[columns];
        double[] w = new double[columns];
        for (int i = 0; i < windows(); i++) {
            int column = i / merge;
            int[] counted = counts.get(i);
            for (int row = 0; row < Math.min(counted.length, rows.size()); row++) {
                merged[row][column] += counted[row];
            }
            t[column] = Rounding.millis(ends.get(i));
            w[column] += windows.get(i);
        }
        for (int column = 0; column < columns; column++) {
            w[column] = Rounding.millis(w[column]);
        }
        return new Raster(agent, network, List.copyOf(rows.keySet()), t, w, merged);
    }

    /**
     * An agent's population raster: for each column, the end {@code t} and length {@code w} of its window (s), and
     * {@code counts[population][column]} spikes in it.
     */
    record Raster(String agent, String network, List<String> populations, double[] t, double[] w, int[][] counts) {
    }
}

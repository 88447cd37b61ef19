package org.astrocyte.simulator.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed slice of one population, the unit of neuron work a thread takes. Chunks depend on the network alone
 * (never on the thread count), and their spikes are concatenated in chunk order.
 *
 * @param kernel the population's kernel
 * @param population the population's index
 * @param from first local neuron
 * @param to one past the last local neuron
 */
record NeuronChunk(PopulationKernel kernel, int population, int from, int to) {

    /** Neurons per chunk: small enough to balance two to eight threads, large enough to keep loops long. */
    static final int SIZE = 512;

    int size() {
        return to - from;
    }

    static NeuronChunk[] of(PopulationKernel[] kernels) {
        List<NeuronChunk> chunks = new ArrayList<>();
        for (int p = 0; p < kernels.length; p++) {
            for (int from = 0; from < kernels[p].size; from += SIZE) {
                chunks.add(new NeuronChunk(kernels[p], p, from, Math.min(kernels[p].size, from + SIZE)));
            }
        }
        return chunks.toArray(NeuronChunk[]::new);
    }

    /** Contiguous runs of chunks per worker, balanced by neuron count. */
    static int[][] assign(NeuronChunk[] chunks, int workers) {
        long total = 0;
        for (NeuronChunk c : chunks) {
            total += c.size();
        }
        List<List<Integer>> byWorker = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            byWorker.add(new ArrayList<>());
        }
        long done = 0;
        for (int c = 0; c < chunks.length; c++) {
            int worker = (int) Math.min(workers - 1, (done + chunks[c].size() / 2) * workers / Math.max(1, total));
            byWorker.get(worker).add(c);
            done += chunks[c].size();
        }
        return byWorker.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Bounds of {@code blocks} contiguous, equal target ranges over {@code neurons} (first 0, last neurons). */
    static int[] bounds(int neurons, int blocks) {
        int[] bounds = new int[blocks + 1];
        for (int b = 0; b <= blocks; b++) {
            bounds[b] = (int) ((long) neurons * b / blocks);
        }
        return bounds;
    }
}

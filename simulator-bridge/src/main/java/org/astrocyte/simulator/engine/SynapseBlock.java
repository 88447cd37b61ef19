package org.astrocyte.simulator.engine;

/**
 * The synapses whose targets fall in one contiguous range of neurons, in CSR form by source, so that blocks can
 * deliver the spikes of a step on different threads without sharing a target. Within a row the synapses keep their
 * order in the {@link SynapseTable}, so every target sums its input in the same order whatever the blocks are: a
 * seed gives the same spikes on any number of threads.
 */
final class SynapseBlock {

    private final int[] rowStart;
    private final int[] target;
    private final double[] weight;
    private final int[] delaySteps;

    private SynapseBlock(int[] rowStart, int[] target, double[] weight, int[] delaySteps) {
        this.rowStart = rowStart;
        this.target = target;
        this.weight = weight;
        this.delaySteps = delaySteps;
    }

    /** Splits {@code table} into blocks by target at {@code bounds} (first 0, last the neuron count). */
    static SynapseBlock[] split(SynapseTable table, int[] bounds) {
        int blocks = bounds.length - 1;
        int sources = table.sources();
        int[][] rowStarts = new int[blocks][sources + 1];
        int[] rowStart = table.rowStart();
        int[] targets = table.target();
        for (int s = 0; s < sources; s++) {
            for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
                rowStarts[blockOf(targets[k], bounds)][s + 1]++;
            }
        }
        SynapseBlock[] result = new SynapseBlock[blocks];
        int[][] cursors = new int[blocks][];
        for (int b = 0; b < blocks; b++) {
            int[] starts = rowStarts[b];
            for (int s = 0; s < sources; s++) {
                starts[s + 1] += starts[s];
            }
            int n = starts[sources];
            result[b] = new SynapseBlock(starts, new int[n], new double[n], new int[n]);
            cursors[b] = starts.clone();
        }
        for (int s = 0; s < sources; s++) {
            for (int k = rowStart[s]; k < rowStart[s + 1]; k++) {
                int b = blockOf(targets[k], bounds);
                int slot = cursors[b][s]++;
                result[b].target[slot] = targets[k];
                result[b].weight[slot] = table.weight()[k];
                result[b].delaySteps[slot] = table.delaySteps()[k];
            }
        }
        return result;
    }

    private static int blockOf(int target, int[] bounds) {
        int b = java.util.Arrays.binarySearch(bounds, target);
        return b >= 0 ? Math.min(b, bounds.length - 2) : -b - 2;
    }

    /** Queues the synaptic input of every spike in {@code spikes}, found {@code stepsAgo} steps ago, into the ring. */
    void deliver(SpikeBuffer spikes, DelayRing ring, int stepsAgo) {
        for (int i = 0, n = spikes.size(); i < n; i++) {
            int source = spikes.get(i);
            for (int k = rowStart[source], end = rowStart[source + 1]; k < end; k++) {
                ring.add(delaySteps[k], stepsAgo, target[k], weight[k]);
            }
        }
    }
}

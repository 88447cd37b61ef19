package org.astrocyte.simulator.engine;

/**
 * All synapses of a network in compressed sparse row form by global source: the synapses of source s are entries
 * {@code rowStart[s]} to {@code rowStart[s + 1] - 1} of the target (global neuron index), weight (pA or nS, signed)
 * and delay (steps, at least 1) arrays, in the order the projections enumerate them. Both kernels build from it.
 */
record SynapseTable(int[] rowStart, int[] target, double[] weight, int[] delaySteps) {

    int size() {
        return target.length;
    }

    int sources() {
        return rowStart.length - 1;
    }

    int maxDelaySteps() {
        int max = 1;
        for (int d : delaySteps) {
            max = Math.max(max, d);
        }
        return max;
    }
}

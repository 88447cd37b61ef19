package org.astrocyte.simulator.engine;

/**
 * Static synapses in compressed sparse row form by source: the synapses of global source s are entries
 * {@code rowStart[s]} to {@code rowStart[s + 1] - 1} of the target, weight (pA) and delay (steps) arrays.
 */
final class SynapseMatrix {

    private final int[] rowStart;
    private final int[] target;
    private final double[] weightPa;
    private final int[] delaySteps;

    SynapseMatrix(int[] rowStart, int[] target, double[] weightPa, int[] delaySteps) {
        this.rowStart = rowStart;
        this.target = target;
        this.weightPa = weightPa;
        this.delaySteps = delaySteps;
    }

    int size() {
        return target.length;
    }

    /** Queues a spike of {@code source}: positive weights onto the excitatory channel, negative onto inhibitory. */
    void deliver(int source, DelayRingBuffer excitatory, DelayRingBuffer inhibitory) {
        for (int k = rowStart[source], end = rowStart[source + 1]; k < end; k++) {
            double w = weightPa[k];
            if (w >= 0) {
                excitatory.add(delaySteps[k], target[k], w);
            } else {
                inhibitory.add(delaySteps[k], target[k], w);
            }
        }
    }
}

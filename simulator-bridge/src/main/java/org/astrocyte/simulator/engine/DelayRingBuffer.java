package org.astrocyte.simulator.engine;

/**
 * Synaptic input waiting for its delay to pass, for one synapse channel (excitatory or inhibitory): one slot per
 * future step, each a row of summed weights (pA) per target neuron. A spike found in step t and sent with a delay of
 * d steps lands in the slot that step t + 1 + d drains, so that the current jumps exactly d·dt after the spike time
 * (t + 1)·dt. With d at most {@code maxDelaySteps}, {@code maxDelaySteps + 1} slots suffice.
 */
final class DelayRingBuffer {

    private final int neurons;
    private final int slots;
    private final double[] pendingPa;
    private int head;

    DelayRingBuffer(int neurons, int maxDelaySteps) {
        this.neurons = neurons;
        this.slots = maxDelaySteps + 1;
        this.pendingPa = new double[Math.multiplyExact(slots, neurons)];
    }

    /** Queues {@code weightPa} for {@code target}, to arrive {@code delaySteps} (1..max) after the current step. */
    void add(int delaySteps, int target, double weightPa) {
        int slot = head + 1 + delaySteps;
        if (slot >= slots) {
            slot -= slots;
        }
        pendingPa[slot * neurons + target] += weightPa;
    }

    /** Adds the input arriving in the current step to {@code currentsPa} and empties its slot. */
    void drainInto(double[] currentsPa) {
        int base = head * neurons;
        for (int n = 0; n < neurons; n++) {
            currentsPa[n] += pendingPa[base + n];
            pendingPa[base + n] = 0.0;
        }
    }

    /** Moves on to the next step. */
    void advance() {
        head = head + 1 == slots ? 0 : head + 1;
    }
}

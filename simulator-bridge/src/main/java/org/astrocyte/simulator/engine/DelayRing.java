package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Synaptic input waiting for its delay to pass: one slot per future step, each a row of summed weights per target
 * neuron, for the excitatory (weights not negative) and the inhibitory channel. A spike found in step t and sent
 * with a delay of d steps lands in the slot that step t + 1 + d reads, so that its effect starts exactly d·dt after
 * the spike time (t + 1)·dt. With d at most {@code maxDelaySteps}, {@code maxDelaySteps + 1} slots suffice: the
 * kernels clear the cells of the current slot as they read them, before any spike of the step is delivered.
 */
final class DelayRing {

    private final double[][] excitatory;
    private final double[][] inhibitory;
    private final int slots;
    private int head;

    DelayRing(int neurons, int maxDelaySteps) {
        this.slots = maxDelaySteps + 1;
        this.excitatory = new double[slots][neurons];
        this.inhibitory = new double[slots][neurons];
    }

    /** Excitatory input arriving in the current step, per global neuron. */
    double[] excitatoryNow() {
        return excitatory[head];
    }

    /** Inhibitory input arriving in the current step, per global neuron. */
    double[] inhibitoryNow() {
        return inhibitory[head];
    }

    /**
     * Queues {@code weight} for {@code target}, sent {@code stepsAgo} steps before the current one (0 or 1), to
     * arrive {@code delaySteps} (1..max) after the step it was sent in.
     */
    void add(int delaySteps, int stepsAgo, int target, double weight) {
        int slot = head + 1 + delaySteps - stepsAgo;
        if (slot >= slots) {
            slot -= slots;
        }
        if (weight >= 0) {
            excitatory[slot][target] += weight;
        } else {
            inhibitory[slot][target] += weight;
        }
    }

    /** Moves on to the next step. */
    void advance() {
        head = head + 1 == slots ? 0 : head + 1;
    }

    /** Cells this ring holds for {@code neurons} neurons and delays up to {@code maxDelaySteps}, both channels. */
    static long cells(int neurons, int maxDelaySteps) {
        return 2L * (maxDelaySteps + 1) * neurons;
    }

    void save(DataOutput out) throws IOException {
        out.writeInt(head);
        for (int slot = 0; slot < slots; slot++) {
            StateArrays.write(out, excitatory[slot]);
            StateArrays.write(out, inhibitory[slot]);
        }
    }

    void load(DataInput in) throws IOException {
        int saved = in.readInt();
        if (saved < 0 || saved >= slots) {
            throw new IOException("checkpoint holds delay slot " + saved + " of a ring of " + slots);
        }
        head = saved;
        for (int slot = 0; slot < slots; slot++) {
            StateArrays.read(in, excitatory[slot], "delayed excitatory input");
            StateArrays.read(in, inhibitory[slot], "delayed inhibitory input");
        }
    }
}

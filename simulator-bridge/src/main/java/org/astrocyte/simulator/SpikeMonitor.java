package org.astrocyte.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Records every spike of one population (or Poisson input) from the moment it is created, in time order (within
 * a step, by neuron index). Spikes are stored as primitive step and index arrays, so recording allocates only when
 * the arrays grow; {@link #clear()} bounds memory in long sessions.
 */
public final class SpikeMonitor {

    private final String name;
    private final double dtMs;
    private long[] steps = new long[64];
    private int[] neurons = new int[64];
    private int size;

    SpikeMonitor(String name, double dtMs) {
        this.name = name;
        this.dtMs = dtMs;
    }

    void record(long stepEnd, int neuron) {
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
            neurons = Arrays.copyOf(neurons, size * 2);
        }
        steps[size] = stepEnd;
        neurons[size] = neuron;
        size++;
    }

    /** The population or input watched. */
    public String name() {
        return name;
    }

    /** Number of spikes recorded (since creation or the last {@link #clear()}). */
    public int size() {
        return size;
    }

    /** A snapshot of the recorded spikes, oldest first; times in ms since the session opened. */
    public List<Spike> spikes() {
        List<Spike> copy = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            copy.add(new Spike(steps[i] * dtMs, neurons[i]));
        }
        return Collections.unmodifiableList(copy);
    }

    /** Forgets the spikes recorded so far; recording goes on. */
    public void clear() {
        size = 0;
    }
}

package org.astrocyte.simulator.monitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.astrocyte.simulator.engine.Engine;
import org.astrocyte.simulator.engine.SourceGroup;
import org.astrocyte.simulator.engine.SpikeBuffer;

/**
 * Records every spike of one population (or input) from the moment it is attached, in time order (within a step,
 * by neuron index). Spikes are stored as primitive step and index arrays, so recording allocates only when the
 * arrays grow; {@link #clear()} bounds memory in long sessions.
 */
public final class SpikeMonitor implements StepListener {

    private final SourceGroup group;
    private final double dtMs;
    private long[] steps = new long[64];
    private int[] neurons = new int[64];
    private int size;

    public SpikeMonitor(SourceGroup group, double dtMs) {
        this.group = group;
        this.dtMs = dtMs;
    }

    @Override
    public void afterStep(Engine engine) {
        SpikeBuffer spikes = engine.lastSpikes();
        int from = group.offset();
        int to = from + group.size();
        for (int i = 0, n = spikes.size(); i < n; i++) {
            int source = spikes.get(i);
            if (source >= from && source < to) {
                record(engine.steps(), source - from);
            }
        }
    }

    private void record(long stepEnd, int neuron) {
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
        return group.name();
    }

    /** Number of neurons of the watched group. */
    public int groupSize() {
        return group.size();
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

    /** Spike times (ms), oldest first; a fresh array. */
    public double[] timesMs() {
        double[] times = new double[size];
        for (int i = 0; i < size; i++) {
            times[i] = steps[i] * dtMs;
        }
        return times;
    }

    /** Neuron index of each spike, in the order of {@link #timesMs()}; a fresh array. */
    public int[] neurons() {
        return Arrays.copyOf(neurons, size);
    }

    /** Forgets the spikes recorded so far; recording goes on. */
    public void clear() {
        size = 0;
    }
}

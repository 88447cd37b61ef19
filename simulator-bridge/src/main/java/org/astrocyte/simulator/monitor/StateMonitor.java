package org.astrocyte.simulator.monitor;

import java.util.Arrays;
import org.astrocyte.simulator.engine.Engine;
import org.astrocyte.simulator.engine.SourceGroup;

/**
 * Samples one state variable of chosen neurons every {@code intervalSteps} steps, at the end of the step: sample k
 * is taken at time (k + 1) x interval after the monitor was attached. Values are in the variable's unit (mV for v,
 * pA for currents, nS for conductances).
 */
public final class StateMonitor implements StepListener {

    private final SourceGroup group;
    private final String variable;
    private final int[] neurons;
    private final long intervalSteps;
    private final double dtMs;
    private double[] timesMs = new double[64];
    private double[][] values;
    private int size;

    public StateMonitor(SourceGroup group, String variable, int[] neurons, long intervalSteps, double dtMs) {
        this.group = group;
        this.variable = variable;
        this.neurons = neurons.clone();
        this.intervalSteps = intervalSteps;
        this.dtMs = dtMs;
        this.values = new double[neurons.length][64];
    }

    @Override
    public void afterStep(Engine engine) {
        if (engine.steps() % intervalSteps != 0) {
            return;
        }
        if (size == timesMs.length) {
            timesMs = Arrays.copyOf(timesMs, size * 2);
            for (int i = 0; i < values.length; i++) {
                values[i] = Arrays.copyOf(values[i], size * 2);
            }
        }
        timesMs[size] = engine.steps() * dtMs;
        for (int i = 0; i < neurons.length; i++) {
            values[i][size] = engine.state(group, variable, neurons[i]);
        }
        size++;
    }

    public String population() {
        return group.name();
    }

    public String variable() {
        return variable;
    }

    /** The neurons sampled, in the order of {@link #values(int)}. */
    public int[] neurons() {
        return neurons.clone();
    }

    /** Number of samples. */
    public int size() {
        return size;
    }

    /** Sample times (ms since the session opened); a fresh array. */
    public double[] timesMs() {
        return Arrays.copyOf(timesMs, size);
    }

    /** The samples of the {@code i}-th neuron of {@link #neurons()}; a fresh array. */
    public double[] values(int i) {
        return Arrays.copyOf(values[i], size);
    }

    /** Forgets the samples taken so far. */
    public void clear() {
        size = 0;
    }
}

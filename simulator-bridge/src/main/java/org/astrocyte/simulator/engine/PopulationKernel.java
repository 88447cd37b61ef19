package org.astrocyte.simulator.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * The neurons of one population in struct-of-arrays form, advanced one step at a time over a range of local
 * indices, so that fixed chunks of a population can run on different threads. One subclass per neuron model; each
 * owns its state arrays and integration constants.
 *
 * <p>In a step a kernel takes the synaptic input that arrives in it from {@code excIn} and {@code inhIn} (summed
 * weights per global neuron index, excitatory not negative, inhibitory not positive), clears those cells, adds the
 * input to its synaptic state, integrates its neurons over the step from the start-of-step state plus the external
 * current, and appends the global index of every neuron that spiked to {@code spikes}.
 */
abstract class PopulationKernel {

    /** Global index of local neuron 0. */
    final int offset;
    /** Number of neurons. */
    final int size;

    PopulationKernel(int offset, int size) {
        this.offset = offset;
        this.size = size;
    }

    /**
     * Advances local neurons {@code from} (inclusive) to {@code to} (exclusive) by one step.
     *
     * @param externalPa constant current set per neuron (pA), indexed globally
     * @param injectedPa current injected into every neuron of the population in this step (pA)
     */
    abstract void advance(int from, int to, double[] excIn, double[] inhIn, double[] externalPa, double injectedPa,
            SpikeBuffer spikes);

    /** The names of the state variables, as the model lists them. */
    abstract List<String> variables();

    /** The array holding variable {@code name}, indexed by local neuron. */
    abstract double[] variable(String name);

    /** Value of state variable {@code name} of local neuron {@code n}. */
    final double get(String name, int n) {
        return variable(name)[n];
    }

    /** Sets state variable {@code name} of local neuron {@code n}. */
    final void set(String name, int n, double value) {
        variable(name)[n] = value;
    }

    /** Integer state such as refractory counters, indexed by local neuron; null when the model has none. */
    int[] counters() {
        return null;
    }

    /** Writes every state variable and the counters, for a checkpoint. */
    final void save(DataOutput out) throws IOException {
        for (String name : variables()) {
            StateArrays.write(out, variable(name));
        }
        if (counters() != null) {
            StateArrays.write(out, counters());
        }
    }

    /** Reads back what {@link #save} wrote. */
    final void load(DataInput in) throws IOException {
        for (String name : variables()) {
            StateArrays.read(in, variable(name), "variable " + name);
        }
        if (counters() != null) {
            StateArrays.read(in, counters(), "refractory counters");
        }
    }
}

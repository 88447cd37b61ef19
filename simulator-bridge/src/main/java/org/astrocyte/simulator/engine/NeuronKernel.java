package org.astrocyte.simulator.engine;

/**
 * Advances one population's neurons by one time step and reports the neurons that spiked. One implementation per
 * neuron model; each owns its parameters and any state beyond {@link NeuronState}.
 */
interface NeuronKernel {

    /**
     * Integrates the neurons over one step from the state at its start (synaptic input of the step already added),
     * decays their synaptic currents, and appends the global index of every neuron that spiked to {@code spikes}.
     */
    void advance(NeuronState state, SpikeBuffer spikes);
}

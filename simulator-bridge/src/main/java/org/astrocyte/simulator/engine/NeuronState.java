package org.astrocyte.simulator.engine;

/**
 * Per-neuron state of all populations as parallel arrays indexed by global neuron index (struct of arrays), so that
 * a kernel updates a population in one tight loop. Potentials in mV, currents in pA.
 */
final class NeuronState {

    /** Membrane potential V (mV). */
    final double[] membraneMv;
    /** Excitatory synaptic current I_exc (pA), not negative. */
    final double[] excitatoryPa;
    /** Inhibitory synaptic current I_inh (pA), not positive. */
    final double[] inhibitoryPa;
    /** Constant external current I_ext (pA), set by the caller. */
    final double[] externalPa;
    /** Steps of refractoriness left; 0 when the neuron integrates. */
    final int[] refractoryLeft;

    NeuronState(int neurons) {
        membraneMv = new double[neurons];
        excitatoryPa = new double[neurons];
        inhibitoryPa = new double[neurons];
        externalPa = new double[neurons];
        refractoryLeft = new int[neurons];
    }
}

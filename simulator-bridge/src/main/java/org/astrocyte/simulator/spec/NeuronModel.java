package org.astrocyte.simulator.spec;

import java.util.List;

/**
 * The equations and parameters of the neurons of one population. Parameters are in the simulator's working units
 * (ms, mV, pA, nS, pF, MΩ); each model documents its equations and where they come from.
 */
public sealed interface NeuronModel permits CubaLif, CobaLif, AdEx, Izhikevich, IntegrateAndFire, LeakyIntegrator,
        CurrentLif {

    /** The model's name in network files, e.g. "cuba_lif". */
    default String kind() {
        return ModelKind.of(this).key();
    }

    /** Whether a synaptic weight onto this model is a current (pA) or a conductance (nS). */
    SynapseType synapseType();

    /** Refractory period (ms); 0 when the model has none. */
    double refractoryMs();

    /** Whether the model emits spikes (a leaky integrator does not). */
    default boolean spikes() {
        return true;
    }

    /** Names of the state variables that can be initialised and monitored; "v" (mV) first. */
    List<String> stateVariables();

    /** Value of state variable {@code name} for a neuron at rest, before any initialisation. */
    double restingValue(String name);

    /** Throws {@link InvalidNetworkException} naming {@code owner} and the field if a value cannot be simulated. */
    void requireValid(String owner);

    /** What a synaptic weight onto a model means. */
    enum SynapseType {
        /** The weight is a jump of a synaptic current (pA). */
        CURRENT,
        /** The weight is a jump of a synaptic conductance (nS). */
        CONDUCTANCE
    }
}

package org.astrocyte.simulator.spec;

import java.util.List;

/**
 * Leaky integrator that never spikes (NIR's LI node; a read-out neuron whose membrane potential is the output):
 * {@code C dV/dt = -(C/τm)(V - E_rest) + I_exc + I_inh + I_ext}, exponential synaptic currents, integrated exactly.
 *
 * <p>State variables: {@code v} (mV), {@code i_exc}, {@code i_inh} (pA).
 *
 * @param capacitancePf C (pF), positive
 * @param tauMembraneMs τm (ms), positive
 * @param restMv resting potential (mV)
 * @param tauSynExcMs excitatory synaptic current decay (ms), positive
 * @param tauSynInhMs inhibitory synaptic current decay (ms), positive
 */
public record LeakyIntegrator(double capacitancePf, double tauMembraneMs, double restMv, double tauSynExcMs,
        double tauSynInhMs) implements NeuronModel {

    private static final List<String> STATE = List.of("v", "i_exc", "i_inh");

    @Override
    public SynapseType synapseType() {
        return SynapseType.CURRENT;
    }

    @Override
    public double refractoryMs() {
        return 0.0;
    }

    @Override
    public boolean spikes() {
        return false;
    }

    @Override
    public List<String> stateVariables() {
        return STATE;
    }

    @Override
    public double restingValue(String name) {
        return name.equals("v") ? restMv : 0.0;
    }

    @Override
    public void requireValid(String owner) {
        new ParameterChecks(owner).positive("capacitance", capacitancePf, "pF").positive("tau_m", tauMembraneMs, "ms")
                .finite("v_rest", restMv).positive("tau_exc", tauSynExcMs, "ms").positive("tau_inh", tauSynInhMs, "ms");
    }
}

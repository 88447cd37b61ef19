package org.astrocyte.simulator.spec;

import java.util.List;

/**
 * Integrate-and-fire neuron without leak (the perfect integrator of NIR's IF node):
 * {@code C dV/dt = I_exc + I_inh + I_ext}, exponential synaptic currents; at the threshold the neuron spikes, V is
 * set to the reset potential and held there for the refractory period. Integrated exactly. At rest V = V_reset.
 *
 * <p>State variables: {@code v} (mV), {@code i_exc}, {@code i_inh} (pA).
 *
 * @param capacitancePf C (pF), positive
 * @param resetMv reset and initial potential (mV), below the threshold
 * @param thresholdMv spike threshold (mV)
 * @param refractoryMs refractory period (ms), not negative, a whole number of steps
 * @param tauSynExcMs excitatory synaptic current decay (ms), positive
 * @param tauSynInhMs inhibitory synaptic current decay (ms), positive
 */
public record IntegrateAndFire(double capacitancePf, double resetMv, double thresholdMv, double refractoryMs,
        double tauSynExcMs, double tauSynInhMs) implements NeuronModel {

    private static final List<String> STATE = List.of("v", "i_exc", "i_inh");

    @Override
    public SynapseType synapseType() {
        return SynapseType.CURRENT;
    }

    @Override
    public List<String> stateVariables() {
        return STATE;
    }

    @Override
    public double restingValue(String name) {
        return name.equals("v") ? resetMv : 0.0;
    }

    @Override
    public void requireValid(String owner) {
        new ParameterChecks(owner).positive("capacitance", capacitancePf, "pF")
                .below("v_reset", resetMv, "v_threshold", thresholdMv).notNegative("refractory", refractoryMs, "ms")
                .positive("tau_exc", tauSynExcMs, "ms").positive("tau_inh", tauSynInhMs, "ms");
    }
}

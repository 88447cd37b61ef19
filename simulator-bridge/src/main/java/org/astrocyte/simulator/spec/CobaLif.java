package org.astrocyte.simulator.spec;

import java.util.List;

/**
 * Conductance-based leaky integrate-and-fire neuron with exponentially decaying excitatory and inhibitory
 * conductances (the model of the Vogels-Abbott COBA benchmark, Brette et al. 2007):
 * {@code C dV/dt = -g_L (V - E_rest) + g_exc (E_exc - V) + g_inh (E_inh - V) + I_ext} with {@code g_L = C/τm} and
 * {@code dg_x/dt = -g_x/τ_x}. Within a step the conductances are held at their start-of-step values, so that V
 * relaxes exactly towards the momentary equilibrium (exponential Euler, as Brian2 integrates this model).
 *
 * <p>State variables: {@code v} (mV), {@code g_exc}, {@code g_inh} (nS).
 *
 * @param capacitancePf membrane capacitance C (pF), positive
 * @param tauMembraneMs membrane time constant τm = C/g_L (ms), positive
 * @param restMv leak reversal (resting) potential E_rest (mV)
 * @param resetMv reset potential after a spike (mV), below the threshold
 * @param thresholdMv spike threshold (mV)
 * @param refractoryMs refractory period (ms), not negative, a whole number of simulation steps
 * @param tauSynExcMs decay time constant of the excitatory conductance (ms), positive
 * @param tauSynInhMs decay time constant of the inhibitory conductance (ms), positive
 * @param reversalExcMv excitatory reversal potential E_exc (mV)
 * @param reversalInhMv inhibitory reversal potential E_inh (mV)
 */
public record CobaLif(double capacitancePf, double tauMembraneMs, double restMv, double resetMv,
        double thresholdMv, double refractoryMs, double tauSynExcMs, double tauSynInhMs, double reversalExcMv,
        double reversalInhMv) implements NeuronModel {

    private static final List<String> STATE = List.of("v", "g_exc", "g_inh");

    /** Leak conductance g_L = C/τm (nS). */
    public double leakConductanceNs() {
        return capacitancePf / tauMembraneMs;
    }

    @Override
    public SynapseType synapseType() {
        return SynapseType.CONDUCTANCE;
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
                .finite("v_rest", restMv).below("v_reset", resetMv, "v_threshold", thresholdMv)
                .notNegative("refractory", refractoryMs, "ms").positive("tau_exc", tauSynExcMs, "ms")
                .positive("tau_inh", tauSynInhMs, "ms").finite("e_exc", reversalExcMv).finite("e_inh", reversalInhMv);
    }
}

package org.astrocyte.simulator.spec;

import java.util.List;

/**
 * Adaptive exponential integrate-and-fire neuron (Brette and Gerstner 2005) with current-based exponential
 * synapses: {@code C dV/dt = -g_L (V - E_L) + g_L ΔT exp((V - V_T)/ΔT) - w + I_syn + I_ext},
 * {@code τ_w dw/dt = a (V - E_L) - w}; when V reaches V_peak the neuron spikes, V is set to V_reset and w grows by
 * b. Integrated with forward Euler at the simulation step (the exponential term is not linear); the defaults are
 * the regular-spiking parameters of the paper.
 *
 * <p>State variables: {@code v} (mV), {@code w} (pA), {@code i_exc}, {@code i_inh} (pA).
 *
 * @param capacitancePf C (pF), positive
 * @param leakConductanceNs g_L (nS), positive
 * @param restMv leak reversal E_L (mV)
 * @param rheobaseMv V_T, where the exponential term takes over (mV)
 * @param slopeMv ΔT, sharpness of the spike initiation (mV), positive
 * @param peakMv V_peak, where a spike is registered (mV), above V_T and V_reset
 * @param resetMv V_reset (mV)
 * @param adaptationCouplingNs a, sub-threshold adaptation (nS)
 * @param adaptationJumpPa b, spike-triggered adaptation (pA)
 * @param tauAdaptationMs τ_w (ms), positive
 * @param refractoryMs refractory period (ms), not negative, a whole number of steps
 * @param tauSynExcMs excitatory synaptic current decay (ms), positive
 * @param tauSynInhMs inhibitory synaptic current decay (ms), positive
 */
public record AdEx(double capacitancePf, double leakConductanceNs, double restMv, double rheobaseMv,
        double slopeMv, double peakMv, double resetMv, double adaptationCouplingNs, double adaptationJumpPa,
        double tauAdaptationMs, double refractoryMs, double tauSynExcMs, double tauSynInhMs) implements NeuronModel {

    private static final List<String> STATE = List.of("v", "w", "i_exc", "i_inh");

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
        return name.equals("v") ? restMv : 0.0;
    }

    @Override
    public void requireValid(String owner) {
        new ParameterChecks(owner).positive("capacitance", capacitancePf, "pF")
                .positive("g_leak", leakConductanceNs, "nS").finite("v_rest", restMv).finite("v_t", rheobaseMv)
                .positive("delta_t", slopeMv, "mV").below("v_reset", resetMv, "v_peak", peakMv)
                .below("v_t", rheobaseMv, "v_peak", peakMv).finite("a", adaptationCouplingNs)
                .finite("b", adaptationJumpPa).positive("tau_w", tauAdaptationMs, "ms")
                .notNegative("refractory", refractoryMs, "ms").positive("tau_exc", tauSynExcMs, "ms")
                .positive("tau_inh", tauSynInhMs, "ms");
    }
}

package org.astrocyte.simulator.spec;

import java.util.List;

/**
 * Current-based leaky integrate-and-fire neuron with exponentially decaying excitatory and inhibitory synaptic
 * currents (the model of the Vogels-Abbott CUBA benchmark, Brette et al. 2007):
 * {@code C dV/dt = -(C/τm)(V - E_rest) + I_exc + I_inh + I_ext}, {@code dI_x/dt = -I_x/τ_x}. When V reaches the
 * threshold the neuron spikes, V is set to the reset potential and held there for the refractory period. The
 * sub-threshold dynamics are linear and are integrated exactly.
 *
 * <p>State variables: {@code v} (mV), {@code i_exc}, {@code i_inh} (pA).
 *
 * @param capacitancePf membrane capacitance C (pF), positive
 * @param tauMembraneMs membrane time constant τm (ms), positive
 * @param restMv resting potential E_rest (mV)
 * @param resetMv reset potential after a spike (mV), below the threshold
 * @param thresholdMv spike threshold (mV)
 * @param refractoryMs refractory period (ms), not negative, a whole number of simulation steps
 * @param tauSynExcMs decay time constant of the excitatory synaptic current (ms), positive
 * @param tauSynInhMs decay time constant of the inhibitory synaptic current (ms), positive
 */
public record CubaLif(double capacitancePf, double tauMembraneMs, double restMv, double resetMv,
        double thresholdMv, double refractoryMs, double tauSynExcMs, double tauSynInhMs) implements NeuronModel {

    private static final List<String> STATE = List.of("v", "i_exc", "i_inh");

    /** 250 pF, τm 20 ms, rest and reset -65 mV, threshold -50 mV, refractory 2 ms, τexc 5 ms, τinh 10 ms. */
    public static CubaLif defaults() {
        return (CubaLif) ModelKind.CUBA_LIF.create(java.util.Map.of());
    }

    /** Membrane resistance R = τm / C in GΩ (so that R times a current in pA is a potential in mV). */
    public double resistanceGOhm() {
        return tauMembraneMs / capacitancePf;
    }

    /**
     * The synaptic current jump (pA) equivalent to a jump of {@code mV} in a synaptic variable written in volts,
     * as Brian2's CUBA example writes {@code ge += 1.62*mV} into {@code dv/dt = (ge + gi - (v - El))/τm}: I = v/R.
     */
    public double currentForVoltageJump(double mV) {
        return mV / resistanceGOhm();
    }

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
        new ParameterChecks(owner).positive("capacitance", capacitancePf, "pF").positive("tau_m", tauMembraneMs, "ms")
                .finite("v_rest", restMv).below("v_reset", resetMv, "v_threshold", thresholdMv)
                .notNegative("refractory", refractoryMs, "ms").positive("tau_exc", tauSynExcMs, "ms")
                .positive("tau_inh", tauSynInhMs, "ms");
    }
}

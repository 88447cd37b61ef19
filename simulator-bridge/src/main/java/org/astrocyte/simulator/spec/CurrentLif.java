package org.astrocyte.simulator.spec;

import java.util.List;

/**
 * Leaky integrate-and-fire neuron driven by current without synaptic filtering, NIR's LIF node (Pedersen et al. 2024):
 * {@code τm dV/dt = (E_rest - V) + R·I(t)}. I is the summed input of one step, held constant over that step (a
 * boxcar): every synaptic weight that arrives in the step (pA, either sign) plus the external and injected currents.
 * With V in mV, R in MΩ and I in pA, R·I is {@code 1e-3·R·I} mV.
 *
 * <p>Integrated exactly: with {@code V∞ = E_rest + R·I}, {@code V(t) = V∞ + (V0 - V∞)e^{-t/τm}}. The threshold
 * crossing is located within the step, at {@code s* = τm ln((V0 - V∞)/(θ - V∞))}: the neuron spikes in that step,
 * is reset at s* and, without a refractory period, integrates the rest of the step from the reset potential, so
 * that under a constant current V follows the continuous-time solution exactly. At most one spike is emitted per
 * step; a neuron that ends a step at or above threshold (a second crossing within the step) spikes at the start of
 * the next. With a refractory period the neuron is instead held at reset for the rest of its spike step and then
 * for the refractory steps, as the other models are; input arriving meanwhile is lost (there is no synaptic state
 * to keep it).
 *
 * <p>State variable: {@code v} (mV).
 *
 * @param tauMembraneMs membrane time constant τm (ms), positive
 * @param resistanceMOhm membrane resistance R (MΩ), positive
 * @param restMv resting (leak) potential E_rest (mV), NIR's {@code v_leak}
 * @param resetMv reset potential after a spike (mV), below the threshold
 * @param thresholdMv spike threshold θ (mV)
 * @param refractoryMs refractory period (ms), not negative, a whole number of steps; NIR's LIF has none (0)
 */
public record CurrentLif(double tauMembraneMs, double resistanceMOhm, double restMv, double resetMv,
        double thresholdMv, double refractoryMs) implements NeuronModel {

    private static final List<String> STATE = List.of("v");

    /** The potential R·I contributes per pA of input (mV/pA): 1 MΩ · 1 pA = 1e-6 V = 1e-3 mV. */
    public double mvPerPa() {
        return resistanceMOhm * 1e-3;
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
        return restMv;
    }

    @Override
    public void requireValid(String owner) {
        new ParameterChecks(owner).positive("tau_m", tauMembraneMs, "ms").positive("resistance", resistanceMOhm, "MΩ")
                .finite("v_rest", restMv).below("v_reset", resetMv, "v_threshold", thresholdMv)
                .notNegative("refractory", refractoryMs, "ms");
    }
}

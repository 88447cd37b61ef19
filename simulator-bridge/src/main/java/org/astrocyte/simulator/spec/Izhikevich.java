package org.astrocyte.simulator.spec;

import java.util.List;

/**
 * Izhikevich's simple model (Izhikevich 2003, "Simple model of spiking neurons"):
 * {@code dv/dt = 0.04 v² + 5 v + 140 - u + I}, {@code du/dt = a (b v - u)}; when v reaches v_peak (30 mV) the
 * neuron spikes, v is set to c and u grows by d. v is in mV and t in ms; the current I enters in the model's own
 * scale (mV/ms, i.e. pA into 1 pF), so the paper's I = 10 is 10 pA here. Synaptic currents decay exponentially.
 * Integrated with forward Euler at the simulation step. The defaults are the paper's regular-spiking neuron.
 *
 * <p>State variables: {@code v} (mV), {@code u}, {@code i_exc}, {@code i_inh} (pA).
 *
 * @param a recovery time scale (1/ms)
 * @param b sensitivity of u to v
 * @param c reset of v (mV)
 * @param d jump of u after a spike
 * @param peakMv spike cut-off (mV), above c
 * @param tauSynExcMs excitatory synaptic current decay (ms), positive
 * @param tauSynInhMs inhibitory synaptic current decay (ms), positive
 */
public record Izhikevich(double a, double b, double c, double d, double peakMv, double tauSynExcMs,
        double tauSynInhMs) implements NeuronModel {

    private static final List<String> STATE = List.of("v", "u", "i_exc", "i_inh");

    /** The paper's regular spiking (RS) neuron: a 0.02, b 0.2, c -65 mV, d 8. */
    public static Izhikevich regularSpiking() {
        return new Izhikevich(0.02, 0.2, -65, 8, 30, 5, 10);
    }

    /** Fast spiking (FS) interneuron: a 0.1, b 0.2, c -65 mV, d 2. */
    public static Izhikevich fastSpiking() {
        return new Izhikevich(0.1, 0.2, -65, 2, 30, 5, 10);
    }

    /** Intrinsically bursting (IB): a 0.02, b 0.2, c -55 mV, d 4. */
    public static Izhikevich intrinsicallyBursting() {
        return new Izhikevich(0.02, 0.2, -55, 4, 30, 5, 10);
    }

    /** Chattering (CH): a 0.02, b 0.2, c -50 mV, d 2. */
    public static Izhikevich chattering() {
        return new Izhikevich(0.02, 0.2, -50, 2, 30, 5, 10);
    }

    @Override
    public SynapseType synapseType() {
        return SynapseType.CURRENT;
    }

    @Override
    public double refractoryMs() {
        return 0.0;
    }

    @Override
    public List<String> stateVariables() {
        return STATE;
    }

    /** At rest v = c and u = b·c, as in the paper's code. */
    @Override
    public double restingValue(String name) {
        return switch (name) {
            case "v" -> c;
            case "u" -> b * c;
            default -> 0.0;
        };
    }

    @Override
    public void requireValid(String owner) {
        new ParameterChecks(owner).finite("a", a).finite("b", b).finite("d", d).below("c", c, "v_peak", peakMv)
                .positive("tau_exc", tauSynExcMs, "ms").positive("tau_inh", tauSynInhMs, "ms");
    }
}

package org.astrocyte.simulator.spec;

/**
 * Parameters of a current-based leaky integrate-and-fire neuron with exponentially decaying excitatory and
 * inhibitory synaptic currents:
 * {@code C dV/dt = -(C/τm)(V - E_rest) + I_exc + I_inh + I_ext}, {@code dI_x/dt = -I_x/τ_x}. When V reaches the
 * threshold the neuron spikes, V is set to the reset potential and held there for the refractory period.
 *
 * <p>Units: capacitance in pF, times in ms, potentials in mV; currents are in pA, so that pA/pF = mV/ms. The values
 * are checked when the parameters are used in a {@link PopulationSpec}, so that the message can name the population.
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
public record LifParameters(double capacitancePf, double tauMembraneMs, double restMv, double resetMv,
        double thresholdMv, double refractoryMs, double tauSynExcMs, double tauSynInhMs) {

    /** 250 pF, τm 20 ms, rest and reset -65 mV, threshold -50 mV, refractory 2 ms, τexc 5 ms, τinh 10 ms. */
    public static LifParameters defaults() {
        return new LifParameters(250.0, 20.0, -65.0, -65.0, -50.0, 2.0, 5.0, 10.0);
    }

    /** Membrane resistance R = τm / C in GΩ (so that R times a current in pA is a potential in mV). */
    public double resistanceGOhm() {
        return tauMembraneMs / capacitancePf;
    }

    /** Throws {@link InvalidNetworkException} naming {@code owner} and the field if a value cannot be simulated. */
    void requireValid(String owner) {
        requireFinite(owner, "capacitancePf", capacitancePf);
        requireFinite(owner, "tauMembraneMs", tauMembraneMs);
        requireFinite(owner, "restMv", restMv);
        requireFinite(owner, "resetMv", resetMv);
        requireFinite(owner, "thresholdMv", thresholdMv);
        requireFinite(owner, "refractoryMs", refractoryMs);
        requireFinite(owner, "tauSynExcMs", tauSynExcMs);
        requireFinite(owner, "tauSynInhMs", tauSynInhMs);
        requirePositive(owner, "capacitancePf", capacitancePf);
        requirePositive(owner, "tauMembraneMs", tauMembraneMs);
        requirePositive(owner, "tauSynExcMs", tauSynExcMs);
        requirePositive(owner, "tauSynInhMs", tauSynInhMs);
        if (refractoryMs < 0) {
            throw new InvalidNetworkException(owner + ": refractoryMs must not be negative, got " + refractoryMs);
        }
        if (thresholdMv <= resetMv) {
            throw new InvalidNetworkException(owner + ": thresholdMv " + thresholdMv + " must be above resetMv "
                    + resetMv);
        }
    }

    private static void requireFinite(String owner, String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidNetworkException(owner + ": " + field + " must be finite, got " + value);
        }
    }

    private static void requirePositive(String owner, String field, double value) {
        if (value <= 0) {
            throw new InvalidNetworkException(owner + ": " + field + " must be positive, got " + value);
        }
    }
}

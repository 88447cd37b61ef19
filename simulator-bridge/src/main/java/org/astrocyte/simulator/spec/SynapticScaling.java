package org.astrocyte.simulator.spec;

/**
 * Homeostatic synaptic scaling toward a target rate (Turrigiano et al. 1998; van Rossum, Bi and Turrigiano 2000).
 * Each target neuron estimates its rate with a trace that jumps by {@code 1000 / tauRate} Hz at its spikes and
 * decays with tau_rate. At the end of every period all its incoming weights of the projection are multiplied by
 * {@code 1 + gain * (targetRate - rate) / targetRate}, clipped to {@code [wMin, wMax]}: a neuron that fires too
 * little is given stronger inputs, one that fires too much weaker ones, and the ratios between its inputs are kept.
 *
 * @param targetRateHz the rate each target neuron is pushed toward (Hz), positive
 * @param tauRateMs the time constant of the rate estimate (ms), positive
 * @param gain the fraction of the relative rate error corrected per period, in (0, 1]
 * @param periodMs the time between two scalings (ms), a whole number of steps
 * @param wMin lower weight bound (pA or nS), not negative
 * @param wMax upper weight bound (same unit), above {@code wMin}
 */
public record SynapticScaling(double targetRateHz, double tauRateMs, double gain, double periodMs, double wMin,
        double wMax) implements Plasticity {

    @Override
    public String kind() {
        return "scaling";
    }

    @Override
    public void requireValid(String owner) {
        ParameterChecks checks = new ParameterChecks(owner).positive("target_rate", targetRateHz, "Hz")
                .positive("tau_rate", tauRateMs, "ms").positive("gain", gain, "").positive("period", periodMs, "ms")
                .notNegative("w_min", wMin, "").ordered("w_min", wMin, "w_max", wMax);
        if (gain > 1) {
            checks.fail("gain must be at most 1 (the whole relative error per period), got " + gain);
        }
    }

    /** The factor that scales the weights onto a neuron whose estimated rate is {@code rateHz}. */
    public double factor(double rateHz) {
        return 1.0 + gain * (targetRateHz - rateHz) / targetRateHz;
    }

    @Override
    public double clip(double w) {
        return Math.max(wMin, Math.min(wMax, w));
    }
}

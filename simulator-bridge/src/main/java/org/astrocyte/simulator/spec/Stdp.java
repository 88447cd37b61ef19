package org.astrocyte.simulator.spec;

/**
 * Pair-based spike-timing-dependent plasticity with traces (Song, Miller and Abbott 2000; Morrison, Diesmann and
 * Gerstner 2008, "all-to-all" pairing). Each source keeps a trace x that jumps by 1 at its spikes and decays with
 * tau_plus; each target keeps a trace y that jumps by 1 and decays with tau_minus. At a target spike every incoming
 * weight grows by {@code aPlus * f+(w) * x}; at a source spike every outgoing weight shrinks by
 * {@code aMinus * f-(w) * y}. For one pair of spikes with {@code dt = t_post - t_pre} the change is therefore
 * {@code aPlus * f+(w) * exp(-dt / tauPlus)} for {@code dt >= 0} and {@code -aMinus * f-(w) * exp(dt / tauMinus)}
 * for {@code dt < 0}. Spike times are the somatic ones (delays do not enter); a source spike is delivered with the
 * weight it finds, before its own update.
 *
 * @param tauPlusMs decay of the source trace (ms), positive
 * @param tauMinusMs decay of the target trace (ms), positive
 * @param aPlus largest potentiation per pair (pA or nS, the projection's weight unit), not negative
 * @param aMinus largest depression per pair (same unit), not negative
 * @param wMin lower weight bound (same unit), not negative
 * @param wMax upper weight bound (same unit), above {@code wMin}
 * @param bounds how the bounds act
 */
public record Stdp(double tauPlusMs, double tauMinusMs, double aPlus, double aMinus, double wMin, double wMax,
        Bounds bounds) implements Plasticity {

    /** How the weight bounds shape the updates. */
    public enum Bounds {
        /** {@code f+ = f- = 1}; weights are clipped at the bounds (hard bounds, bimodal weights). */
        ADDITIVE,
        /**
         * {@code f+ = (wMax - w) / (wMax - wMin)}, {@code f- = (w - wMin) / (wMax - wMin)}: updates shrink near the
         * bound they push towards (soft bounds, van Rossum et al. 2000; unimodal weights).
         */
        MULTIPLICATIVE
    }

    @Override
    public String kind() {
        return "stdp";
    }

    @Override
    public void requireValid(String owner) {
        new ParameterChecks(owner).positive("tau_plus", tauPlusMs, "ms").positive("tau_minus", tauMinusMs, "ms")
                .notNegative("a_plus", aPlus, "").notNegative("a_minus", aMinus, "")
                .notNegative("w_min", wMin, "").ordered("w_min", wMin, "w_max", wMax);
        if (bounds == null) {
            throw new InvalidNetworkException(owner + ": bounds is missing (additive or multiplicative)");
        }
    }

    /** The change a target spike makes to weight {@code w} when it finds the source trace at {@code x}. */
    public double potentiation(double w, double x) {
        double factor = bounds == Bounds.ADDITIVE ? 1.0 : (wMax - w) / (wMax - wMin);
        return aPlus * factor * x;
    }

    /** The change (not positive) a source spike makes to {@code w} when it finds the target trace at {@code y}. */
    public double depression(double w, double y) {
        double factor = bounds == Bounds.ADDITIVE ? 1.0 : (w - wMin) / (wMax - wMin);
        return -aMinus * factor * y;
    }

    @Override
    public double clip(double w) {
        return Math.max(wMin, Math.min(wMax, w));
    }
}

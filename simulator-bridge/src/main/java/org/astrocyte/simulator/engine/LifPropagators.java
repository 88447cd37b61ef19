package org.astrocyte.simulator.engine;

import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.LeakyIntegrator;
import org.astrocyte.simulator.spec.StepCount;

/**
 * Exact-integration propagators of a current-based LIF neuron with exponential synaptic currents over one step of
 * h ms (Rotter and Diesmann 1999, "Exact digital simulation of time-invariant linear systems with applications to
 * neuronal modeling", Biol. Cybern. 81:381-402). With constant external current and currents decaying freely,
 * {@code V(t+h) = E + (V-E)·membraneDecay + I_ext·externalGain + I_exc·excitatoryGain + I_inh·inhibitoryGain}
 * (potentials in mV, currents in pA), then {@code I_x(t+h) = I_x·x-Decay}.
 *
 * @param membraneDecay e^{-h/τm}
 * @param externalGain R(1 - e^{-h/τm}) (mV/pA), R = τm/C
 * @param excitatoryGain (1/C)·τmτe/(τe-τm)·(e^{-h/τe} - e^{-h/τm}) (mV/pA), h/C·e^{-h/τm} when τe = τm
 * @param inhibitoryGain the same with τi (mV/pA)
 * @param excitatoryDecay e^{-h/τe}
 * @param inhibitoryDecay e^{-h/τi}
 * @param refractorySteps the refractory period in whole steps
 */
public record LifPropagators(double membraneDecay, double externalGain, double excitatoryGain,
        double inhibitoryGain, double excitatoryDecay, double inhibitoryDecay, int refractorySteps) {

    /**
     * The propagators for steps of {@code dtMs} ms of a membrane with capacitance C (pF) and time constant τm (ms),
     * synaptic time constants τe and τi (ms) and a refractory period (ms, a whole number of steps).
     */
    public static LifPropagators of(double capacitancePf, double tauM, double tauExc, double tauInh,
            double refractoryMs, double dtMs) {
        return new LifPropagators(
                Math.exp(-dtMs / tauM),
                -(tauM / capacitancePf) * Math.expm1(-dtMs / tauM),
                synapticGain(dtMs, tauM, tauExc, capacitancePf),
                synapticGain(dtMs, tauM, tauInh, capacitancePf),
                Math.exp(-dtMs / tauExc),
                Math.exp(-dtMs / tauInh),
                (int) StepCount.wholeSteps(refractoryMs, dtMs));
    }

    /** The propagators of a current-based LIF model. */
    public static LifPropagators of(CubaLif p, double dtMs) {
        return of(p.capacitancePf(), p.tauMembraneMs(), p.tauSynExcMs(), p.tauSynInhMs(), p.refractoryMs(), dtMs);
    }

    /** The propagators of a leaky integrator (no refractory period). */
    public static LifPropagators of(LeakyIntegrator p, double dtMs) {
        return of(p.capacitancePf(), p.tauMembraneMs(), p.tauSynExcMs(), p.tauSynInhMs(), 0, dtMs);
    }

    /**
     * The propagators of an integrator without leak, the limit τm → ∞ of the LIF ones: V is not decayed, gains
     * I_ext·h/C and I_x·τx(1 - e^{-h/τx})/C.
     */
    public static LifPropagators of(IntegrateAndFire p, double dtMs) {
        double c = p.capacitancePf();
        return new LifPropagators(1.0, dtMs / c,
                -p.tauSynExcMs() * Math.expm1(-dtMs / p.tauSynExcMs()) / c,
                -p.tauSynInhMs() * Math.expm1(-dtMs / p.tauSynInhMs()) / c,
                Math.exp(-dtMs / p.tauSynExcMs()), Math.exp(-dtMs / p.tauSynInhMs()),
                (int) StepCount.wholeSteps(p.refractoryMs(), dtMs));
    }

    /**
     * Contribution of a synaptic current of 1 pA at the start of a step to V at its end (mV/pA). The textbook form
     * τmτx/(τx-τm)·(e^{-h/τx} - e^{-h/τm}) cancels catastrophically as τx approaches τm, so it is rewritten with
     * a = 1/τm - 1/τx as e^{-h/τm}·expm1(h·a)/a, which is accurate for every a and tends to h·e^{-h/τm} at a = 0.
     */
    static double synapticGain(double h, double tauM, double tauSyn, double capacitancePf) {
        double a = 1.0 / tauM - 1.0 / tauSyn;
        double integral = a == 0.0 ? h : Math.expm1(h * a) / a;
        return Math.exp(-h / tauM) * integral / capacitancePf;
    }
}

package org.astrocyte.simulator.engine;

import java.util.Arrays;
import java.util.List;
import org.astrocyte.simulator.spec.AdEx;
import org.astrocyte.simulator.spec.StepCount;

/**
 * {@link AdEx} by forward Euler on V and w from the start-of-step state; the synaptic currents decay exactly. The
 * exponential's argument is capped so that a neuron far above V_T cannot overflow before it is reset. During the
 * refractory period V is held at V_reset while w keeps relaxing.
 */
final class AdExKernel extends PopulationKernel {

    /** Above this the exponential term is past any V_peak in use and would only risk overflow. */
    private static final double MAX_EXPONENT = 20.0;

    private final AdEx p;
    private final double dtMs;
    private final double excDecay;
    private final double inhDecay;
    private final int refractorySteps;
    private final double[] v;
    private final double[] w;
    private final double[] iExc;
    private final double[] iInh;
    private final int[] refractoryLeft;

    AdExKernel(int offset, int size, AdEx model, double dtMs) {
        super(offset, size);
        this.p = model;
        this.dtMs = dtMs;
        this.excDecay = Math.exp(-dtMs / model.tauSynExcMs());
        this.inhDecay = Math.exp(-dtMs / model.tauSynInhMs());
        this.refractorySteps = (int) StepCount.wholeSteps(model.refractoryMs(), dtMs);
        this.v = new double[size];
        this.w = new double[size];
        this.iExc = new double[size];
        this.iInh = new double[size];
        this.refractoryLeft = new int[size];
        Arrays.fill(v, model.restMv());
    }

    @Override
    void advance(int from, int to, double[] excIn, double[] inhIn, double[] externalPa, double injectedPa,
            SpikeBuffer spikes) {
        double gL = p.leakConductanceNs();
        double eL = p.restMv();
        for (int n = from; n < to; n++) {
            int g = offset + n;
            double exc = iExc[n] + excIn[g];
            double inh = iInh[n] + inhIn[g];
            excIn[g] = 0.0;
            inhIn[g] = 0.0;
            double vn = v[n];
            double wn = w[n];
            double dw = (p.adaptationCouplingNs() * (vn - eL) - wn) / p.tauAdaptationMs();
            if (refractoryLeft[n] > 0) {
                v[n] = p.resetMv();
                refractoryLeft[n]--;
            } else {
                double exponent = Math.min((vn - p.rheobaseMv()) / p.slopeMv(), MAX_EXPONENT);
                double current = exc + inh + (externalPa[g] + injectedPa);
                double dv = (-gL * (vn - eL) + gL * p.slopeMv() * Math.exp(exponent) - wn + current)
                        / p.capacitancePf();
                double next = vn + dtMs * dv;
                if (next >= p.peakMv()) {
                    next = p.resetMv();
                    wn += p.adaptationJumpPa();
                    refractoryLeft[n] = refractorySteps;
                    spikes.add(g);
                }
                v[n] = next;
            }
            w[n] = wn + dtMs * dw;
            iExc[n] = exc * excDecay;
            iInh[n] = inh * inhDecay;
        }
    }

    @Override
    int[] counters() {
        return refractoryLeft;
    }

    @Override
    List<String> variables() {
        return List.of("v", "w", "i_exc", "i_inh");
    }

    @Override
    double[] variable(String name) {
        return switch (name) {
            case "v" -> v;
            case "w" -> w;
            case "i_exc" -> iExc;
            case "i_inh" -> iInh;
            default -> throw new IllegalArgumentException("adex has no variable " + name);
        };
    }
}

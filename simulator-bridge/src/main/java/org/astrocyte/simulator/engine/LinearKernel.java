package org.astrocyte.simulator.engine;

import java.util.Arrays;
import java.util.List;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.IntegrateAndFire;
import org.astrocyte.simulator.spec.LeakyIntegrator;

/**
 * The models whose sub-threshold dynamics are linear, integrated exactly with {@link LifPropagators}:
 * {@link CubaLif}, {@link IntegrateAndFire} (no leak) and {@link LeakyIntegrator} (never spikes). Per neuron and step: a refractory neuron is
 * held at the reset potential and counts down; otherwise V is propagated from the start-of-step currents and, if it
 * reaches threshold, the neuron spikes, is reset and becomes refractory. The synaptic currents decay in every case.
 */
final class LinearKernel extends PopulationKernel {

    private final boolean fires;
    private final double restMv;
    private final double resetMv;
    private final double thresholdMv;
    private final LifPropagators propagators;
    private final double[] v;
    private final double[] iExc;
    private final double[] iInh;
    private final int[] refractoryLeft;

    private LinearKernel(int offset, int size, boolean fires, double restMv, double resetMv,
            double thresholdMv, LifPropagators propagators) {
        super(offset, size);
        this.fires = fires;
        this.restMv = restMv;
        this.resetMv = resetMv;
        this.thresholdMv = thresholdMv;
        this.propagators = propagators;
        this.v = new double[size];
        this.iExc = new double[size];
        this.iInh = new double[size];
        this.refractoryLeft = new int[size];
        Arrays.fill(v, fires ? resetMv : restMv);
    }

    static LinearKernel of(int offset, int size, CubaLif m, double dtMs) {
        return new LinearKernel(offset, size, true, m.restMv(), m.resetMv(), m.thresholdMv(),
                LifPropagators.of(m, dtMs));
    }

    static LinearKernel of(int offset, int size, IntegrateAndFire m, double dtMs) {
        return new LinearKernel(offset, size, true, 0.0, m.resetMv(), m.thresholdMv(), LifPropagators.of(m, dtMs));
    }

    static LinearKernel of(int offset, int size, LeakyIntegrator m, double dtMs) {
        return new LinearKernel(offset, size, false, m.restMv(), m.restMv(), Double.POSITIVE_INFINITY,
                LifPropagators.of(m, dtMs));
    }

    @Override
    void advance(int from, int to, double[] excIn, double[] inhIn, double[] externalPa, double injectedPa,
            SpikeBuffer spikes) {
        double membraneDecay = propagators.membraneDecay();
        double externalGain = propagators.externalGain();
        double excitatoryGain = propagators.excitatoryGain();
        double inhibitoryGain = propagators.inhibitoryGain();
        double excitatoryDecay = propagators.excitatoryDecay();
        double inhibitoryDecay = propagators.inhibitoryDecay();
        int refractorySteps = propagators.refractorySteps();
        for (int n = from; n < to; n++) {
            int g = offset + n;
            double exc = iExc[n] + excIn[g];
            double inh = iInh[n] + inhIn[g];
            excIn[g] = 0.0;
            inhIn[g] = 0.0;
            if (refractoryLeft[n] > 0) {
                v[n] = resetMv;
                refractoryLeft[n]--;
            } else {
                double next = restMv + (v[n] - restMv) * membraneDecay + (externalPa[g] + injectedPa) * externalGain
                        + exc * excitatoryGain + inh * inhibitoryGain;
                if (fires && next >= thresholdMv) {
                    next = resetMv;
                    refractoryLeft[n] = refractorySteps;
                    spikes.add(g);
                }
                v[n] = next;
            }
            iExc[n] = exc * excitatoryDecay;
            iInh[n] = inh * inhibitoryDecay;
        }
    }

    @Override
    int[] counters() {
        return refractoryLeft;
    }

    @Override
    List<String> variables() {
        return List.of("v", "i_exc", "i_inh");
    }

    @Override
    double[] variable(String name) {
        return switch (name) {
            case "v" -> v;
            case "i_exc" -> iExc;
            case "i_inh" -> iInh;
            default -> throw new IllegalArgumentException("this model has no variable " + name);
        };
    }
}

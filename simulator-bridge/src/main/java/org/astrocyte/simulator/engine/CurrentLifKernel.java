package org.astrocyte.simulator.engine;

import java.util.Arrays;
import java.util.List;
import org.astrocyte.simulator.spec.CurrentLif;
import org.astrocyte.simulator.spec.StepCount;

/**
 * {@link CurrentLif}: the step's input current (synaptic arrivals of both signs plus external and injected, pA) is
 * held over the step and V relaxes exactly towards {@code V∞ = E_rest + R·I}. A neuron that starts the step at or
 * above threshold, or ends it there, spikes. Without a refractory period it is reset at the crossing time s* and
 * integrates the rest of the step from the reset potential; the decay over that rest, {@code e^{-(dt - s*)/τm}},
 * is {@code e^{-dt/τm}·(V0 - V∞)/(θ - V∞)}, so no logarithm is needed. With one, it is held at reset as in
 * {@link LinearKernel}.
 */
final class CurrentLifKernel extends PopulationKernel {

    private final double restMv;
    private final double resetMv;
    private final double thresholdMv;
    private final double mvPerPa;
    private final double decay;
    private final int refractorySteps;
    private final double[] v;
    private final int[] refractoryLeft;

    CurrentLifKernel(int offset, int size, CurrentLif model, double dtMs) {
        super(offset, size);
        this.restMv = model.restMv();
        this.resetMv = model.resetMv();
        this.thresholdMv = model.thresholdMv();
        this.mvPerPa = model.mvPerPa();
        this.decay = Math.exp(-dtMs / model.tauMembraneMs());
        this.refractorySteps = (int) StepCount.wholeSteps(model.refractoryMs(), dtMs);
        this.v = new double[size];
        this.refractoryLeft = new int[size];
        Arrays.fill(v, restMv);
    }

    @Override
    void advance(int from, int to, double[] excIn, double[] inhIn, double[] externalPa, double injectedPa,
            SpikeBuffer spikes) {
        for (int n = from; n < to; n++) {
            int g = offset + n;
            double current = excIn[g] + inhIn[g] + (externalPa[g] + injectedPa);
            excIn[g] = 0.0;
            inhIn[g] = 0.0;
            if (refractoryLeft[n] > 0) {
                v[n] = resetMv;
                refractoryLeft[n]--;
                continue;
            }
            double start = v[n];
            double target = restMv + current * mvPerPa;
            double next = target + (start - target) * decay;
            if (start >= thresholdMv || next >= thresholdMv) {
                spikes.add(g);
                if (refractorySteps > 0) {
                    next = resetMv;
                    refractoryLeft[n] = refractorySteps;
                } else {
                    next = target + (resetMv - target) * decayAfterCrossing(start, target);
                }
            }
            v[n] = next;
        }
    }

    /**
     * e^{-(dt - s*)/τm}, the decay over the part of the step after the crossing; 1 when the crossing is only
     * reached through rounding (V∞ not above θ), {@code e^{-dt/τm}} when the step starts at or above threshold.
     */
    private double decayAfterCrossing(double start, double target) {
        if (start >= thresholdMv) {
            return decay;
        }
        if (target <= thresholdMv) {
            return 1.0;
        }
        return Math.min(1.0, decay * ((start - target) / (thresholdMv - target)));
    }

    @Override
    int[] counters() {
        return refractoryLeft;
    }

    @Override
    List<String> variables() {
        return List.of("v");
    }

    @Override
    double[] variable(String name) {
        if (name.equals("v")) {
            return v;
        }
        throw new IllegalArgumentException("lif has no variable " + name);
    }
}

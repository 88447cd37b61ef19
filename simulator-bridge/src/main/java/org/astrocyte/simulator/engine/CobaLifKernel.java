package org.astrocyte.simulator.engine;

import java.util.Arrays;
import java.util.List;
import org.astrocyte.simulator.spec.CobaLif;
import org.astrocyte.simulator.spec.StepCount;

/**
 * {@link CobaLif} by exponential Euler: over a step the conductances are frozen at their start-of-step values, so
 * V relaxes exactly towards {@code V∞ = (g_L E_rest + g_e E_e + g_i E_i + I)/g_tot} with time constant
 * {@code C/g_tot}; then the conductances decay exactly. Inhibitory input arrives as negative weights and is added
 * to g_inh as a positive conductance.
 */
final class CobaLifKernel extends PopulationKernel {

    private final double capacitancePf;
    private final double leakNs;
    private final double restMv;
    private final double resetMv;
    private final double thresholdMv;
    private final double reversalExcMv;
    private final double reversalInhMv;
    private final double dtMs;
    private final double excDecay;
    private final double inhDecay;
    private final int refractorySteps;
    private final double[] v;
    private final double[] gExc;
    private final double[] gInh;
    private final int[] refractoryLeft;

    CobaLifKernel(int offset, int size, CobaLif model, double dtMs) {
        super(offset, size);
        this.capacitancePf = model.capacitancePf();
        this.leakNs = model.leakConductanceNs();
        this.restMv = model.restMv();
        this.resetMv = model.resetMv();
        this.thresholdMv = model.thresholdMv();
        this.reversalExcMv = model.reversalExcMv();
        this.reversalInhMv = model.reversalInhMv();
        this.dtMs = dtMs;
        this.excDecay = Math.exp(-dtMs / model.tauSynExcMs());
        this.inhDecay = Math.exp(-dtMs / model.tauSynInhMs());
        this.refractorySteps = (int) StepCount.wholeSteps(model.refractoryMs(), dtMs);
        this.v = new double[size];
        this.gExc = new double[size];
        this.gInh = new double[size];
        this.refractoryLeft = new int[size];
        Arrays.fill(v, restMv);
    }

    @Override
    void advance(int from, int to, double[] excIn, double[] inhIn, double[] externalPa, double injectedPa,
            SpikeBuffer spikes) {
        for (int n = from; n < to; n++) {
            int g = offset + n;
            double ge = gExc[n] + excIn[g];
            double gi = gInh[n] - inhIn[g];
            excIn[g] = 0.0;
            inhIn[g] = 0.0;
            if (refractoryLeft[n] > 0) {
                v[n] = resetMv;
                refractoryLeft[n]--;
            } else {
                double total = leakNs + ge + gi;
                double equilibrium = (leakNs * restMv + ge * reversalExcMv + gi * reversalInhMv + externalPa[g]
                        + injectedPa) / total;
                double next = equilibrium + (v[n] - equilibrium) * Math.exp(-dtMs * total / capacitancePf);
                if (next >= thresholdMv) {
                    next = resetMv;
                    refractoryLeft[n] = refractorySteps;
                    spikes.add(g);
                }
                v[n] = next;
            }
            gExc[n] = ge * excDecay;
            gInh[n] = gi * inhDecay;
        }
    }

    @Override
    int[] counters() {
        return refractoryLeft;
    }

    @Override
    List<String> variables() {
        return List.of("v", "g_exc", "g_inh");
    }

    @Override
    double[] variable(String name) {
        return switch (name) {
            case "v" -> v;
            case "g_exc" -> gExc;
            case "g_inh" -> gInh;
            default -> throw new IllegalArgumentException("coba_lif has no variable " + name);
        };
    }
}

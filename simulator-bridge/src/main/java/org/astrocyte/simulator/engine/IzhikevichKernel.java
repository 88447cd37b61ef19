package org.astrocyte.simulator.engine;

import java.util.Arrays;
import java.util.List;
import org.astrocyte.simulator.spec.Izhikevich;

/**
 * {@link Izhikevich} by forward Euler on v and u from the start-of-step state; the synaptic currents decay exactly.
 * A neuron whose v reaches v_peak spikes: v is set to c and u grows by d.
 */
final class IzhikevichKernel extends PopulationKernel {

    private final Izhikevich p;
    private final double dtMs;
    private final double excDecay;
    private final double inhDecay;
    private final double[] v;
    private final double[] u;
    private final double[] iExc;
    private final double[] iInh;

    IzhikevichKernel(int offset, int size, Izhikevich model, double dtMs) {
        super(offset, size);
        this.p = model;
        this.dtMs = dtMs;
        this.excDecay = Math.exp(-dtMs / model.tauSynExcMs());
        this.inhDecay = Math.exp(-dtMs / model.tauSynInhMs());
        this.v = new double[size];
        this.u = new double[size];
        this.iExc = new double[size];
        this.iInh = new double[size];
        Arrays.fill(v, model.restingValue("v"));
        Arrays.fill(u, model.restingValue("u"));
    }

    @Override
    void advance(int from, int to, double[] excIn, double[] inhIn, double[] externalPa, double injectedPa,
            SpikeBuffer spikes) {
        for (int n = from; n < to; n++) {
            int g = offset + n;
            double exc = iExc[n] + excIn[g];
            double inh = iInh[n] + inhIn[g];
            excIn[g] = 0.0;
            inhIn[g] = 0.0;
            double vn = v[n];
            double un = u[n];
            double current = exc + inh + (externalPa[g] + injectedPa);
            double next = vn + dtMs * (0.04 * vn * vn + 5.0 * vn + 140.0 - un + current);
            double nextU = un + dtMs * (p.a() * (p.b() * vn - un));
            if (next >= p.peakMv()) {
                next = p.c();
                nextU += p.d();
                spikes.add(g);
            }
            v[n] = next;
            u[n] = nextU;
            iExc[n] = exc * excDecay;
            iInh[n] = inh * inhDecay;
        }
    }

    @Override
    List<String> variables() {
        return List.of("v", "u", "i_exc", "i_inh");
    }

    @Override
    double[] variable(String name) {
        return switch (name) {
            case "v" -> v;
            case "u" -> u;
            case "i_exc" -> iExc;
            case "i_inh" -> iInh;
            default -> throw new IllegalArgumentException("izhikevich has no variable " + name);
        };
    }
}

package org.astrocyte.simulator.networks;

import java.util.Map;
import org.astrocyte.simulator.spec.CobaLif;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.MonitorSpec;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.NeuronModel;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.ValueSpec;

/**
 * The Vogels-Abbott random network as benchmarked by Brette et al. 2007 ("Simulation of networks of spiking
 * neurons: a review of tools and strategies", J. Comput. Neurosci. 23:349-398): 80% excitatory and 20% inhibitory
 * LIF neurons, 2% random connectivity, τm 20 ms, threshold -50 mV, reset -60 mV, refractory 5 ms, τe 5 ms,
 * τi 10 ms, initial V uniform in [-60, -50] mV, dt 0.1 ms, no external input: the activity is self-sustained.
 *
 * <p>Benchmark 2 (CUBA) has current synapses and a leak reversal of -49 mV, above threshold; the synaptic jumps are
 * +1.62 mV and -9 mV in the voltage-valued synaptic variables of the benchmark's equations, i.e. currents of
 * jump/R with R = τm/C. Benchmark 1 (COBA) has conductance synapses (E_exc 0 mV, E_inh -80 mV, leak -60 mV) with
 * jumps of 0.6 and 6.7 times the leak conductance; its activity is started, as in Brette's reference script, by
 * random initial conductances (g_exc normal with mean 4 and sd 1.5, g_inh mean 20 and sd 12, in units of the leak
 * conductance) and initial V normal with mean -65 mV and sd 5 mV. Brian2 and the benchmark have no delay; the smallest delay here
 * is one step (0.1 ms). Scaled versions keep the in-degree (80 excitatory and 20 inhibitory inputs per neuron at
 * 4000 neurons) by lowering the connection probability.
 */
public final class VogelsAbbott {

    /** Membrane capacitance used to turn the benchmark's voltage jumps into currents (pF). */
    public static final double CAPACITANCE_PF = 200.0;

    private VogelsAbbott() {
    }

    /** Benchmark 2 (CUBA) with {@code neurons} neurons (a multiple of 5) and the published in-degree. */
    public static NetworkSpec cuba(int neurons) {
        CubaLif neuron = new CubaLif(CAPACITANCE_PF, 20, -49, -60, -50, 5, 5, 10);
        return network("cuba", neurons, neuron, Map.of("v", ValueSpec.uniform(-60, -50)),
                neuron.currentForVoltageJump(1.62), neuron.currentForVoltageJump(-9.0));
    }

    /** Benchmark 1 (COBA) with {@code neurons} neurons (a multiple of 5) and the published in-degree. */
    public static NetworkSpec coba(int neurons) {
        CobaLif neuron = new CobaLif(CAPACITANCE_PF, 20, -60, -60, -50, 5, 5, 10, 0, -80);
        double leakNs = neuron.leakConductanceNs();
        Map<String, ValueSpec> initial = Map.of("v", ValueSpec.normal(-65, 5),
                "g_exc", ValueSpec.normal(4 * leakNs, 1.5 * leakNs), "g_inh", ValueSpec.normal(20 * leakNs, 12 * leakNs));
        return network("coba", neurons, neuron, initial, 0.6 * leakNs, -6.7 * leakNs);
    }

    private static NetworkSpec network(String name, int neurons, NeuronModel model, Map<String, ValueSpec> initial,
            double excitatoryWeight, double inhibitoryWeight) {
        if (neurons < 5 || neurons % 5 != 0) {
            throw new IllegalArgumentException("neurons must be a positive multiple of 5, got " + neurons);
        }
        int excitatory = neurons * 4 / 5;
        int inhibitory = neurons / 5;
        double p = Math.min(1.0, 0.02 * 4000.0 / neurons);
        Connectivity random = new Connectivity.FixedProbability(p, false);
        return NetworkSpec.builder(name).dtMs(0.1)
                .population("exc", excitatory, model, initial)
                .population("inh", inhibitory, model, initial)
                .projection(new ProjectionSpec("exc", "exc", random, excitatoryWeight, 0.1))
                .projection(new ProjectionSpec("exc", "inh", random, excitatoryWeight, 0.1))
                .projection(new ProjectionSpec("inh", "exc", random, inhibitoryWeight, 0.1))
                .projection(new ProjectionSpec("inh", "inh", random, inhibitoryWeight, 0.1))
                .monitor(new MonitorSpec.Spikes("exc"))
                .monitor(new MonitorSpec.Spikes("inh"))
                .build();
    }
}

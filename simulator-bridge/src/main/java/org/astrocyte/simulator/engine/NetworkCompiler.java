package org.astrocyte.simulator.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.SimulatorLimits;
import org.astrocyte.simulator.spec.ValueSpec;

/**
 * Builds engines from a validated {@link NetworkSpec}. The seed feeds one {@link SplittableRandom} that is split,
 * in this fixed order, into the connectivity stream (two seeds per projection, in projection order: pairs, then
 * weights and delays), the Poisson stream and the initial-value stream (per population, per initialised variable in
 * the model's order, per neuron), so a seed always gives the same network and the same spikes, on either engine
 * and any thread count.
 */
public final class NetworkCompiler {

    private NetworkCompiler() {
    }

    /** Checks {@code spec} against {@code limits}, then builds the optimised engine on {@code threads} threads. */
    public static Engine compile(NetworkSpec spec, long seed, SimulatorLimits limits, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        CompiledNetwork network = prepare(spec, seed, limits);
        int usable = (int) Math.max(1, Math.min(threads, network.layout().neuronCount()));
        return new SpikingEngine(network, usable);
    }

    /** Checks {@code spec} against {@code limits}, then builds the single-threaded reference engine. */
    public static Engine compileReference(NetworkSpec spec, long seed, SimulatorLimits limits) {
        return new ReferenceEngine(prepare(spec, seed, limits));
    }

    static CompiledNetwork prepare(NetworkSpec spec, long seed, SimulatorLimits limits) {
        NetworkBudget.requireWithin(spec, limits);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom connectivity = root.split();
        long poissonSeed = root.split().nextLong();
        SplittableRandom initial = root.split();
        SourceLayout layout = SourceLayout.of(spec);
        List<ProjectionSpec> projections = spec.projections();
        SynapseTableBuilder builder = new SynapseTableBuilder(layout, projections, connectivity, spec.dtMs());
        long maxSynapses = Math.min(limits.maxSynapses(), NetworkBudget.MAX_ARRAY);
        SynapseTable synapses = builder.build(maxSynapses, i -> !projections.get(i).plasticity().isPlastic());
        List<PlasticTable> plastic = new ArrayList<>();
        for (int i = 0; i < projections.size(); i++) {
            if (projections.get(i).plasticity().isPlastic()) {
                int index = i;
                plastic.add(new PlasticTable(i, projections.get(i), builder.build(maxSynapses, j -> j == index)));
            }
        }
        CompiledNetwork network = new CompiledNetwork(spec, layout, synapses, plastic, initialValues(spec, initial),
                poissonSeed);
        long cells = DelayRing.cells(layout.neuronCount(), network.maxDelaySteps());
        if (cells > limits.maxDelayCells()) {
            throw new InvalidNetworkException("delays of up to " + network.maxDelaySteps() + " steps on "
                    + layout.neuronCount() + " neurons need " + cells + " delay-buffer cells, above the limit of "
                    + limits.maxDelayCells() + "; shorten the delays or lengthen dt");
        }
        return network;
    }

    private static List<Map<String, double[]>> initialValues(NetworkSpec spec, SplittableRandom random) {
        List<Map<String, double[]>> all = new ArrayList<>();
        for (PopulationSpec p : spec.populations()) {
            Map<String, double[]> values = new LinkedHashMap<>();
            for (String variable : p.model().stateVariables()) {
                ValueSpec value = p.initial().get(variable);
                if (value != null) {
                    double[] drawn = new double[p.size()];
                    for (int n = 0; n < drawn.length; n++) {
                        drawn[n] = value.valueAt(n, random);
                    }
                    values.put(variable, drawn);
                }
            }
            all.add(values);
        }
        return all;
    }
}

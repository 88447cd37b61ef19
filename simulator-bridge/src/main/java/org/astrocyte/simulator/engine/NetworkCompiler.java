package org.astrocyte.simulator.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.SimulatorLimits;
import org.astrocyte.simulator.spec.StepCount;

/**
 * Builds a {@link SpikingEngine} from a validated {@link NetworkSpec}. The seed feeds one {@link SplittableRandom}
 * that is split, in this fixed order, into the connectivity stream (one seed per projection, in projection order)
 * and the Poisson stream, so a seed always gives the same synapses and the same spikes.
 */
public final class NetworkCompiler {

    private NetworkCompiler() {
    }

    /** Checks {@code spec} against {@code limits}, then allocates and wires the engine. */
    public static SpikingEngine compile(NetworkSpec spec, long seed, SimulatorLimits limits) {
        NetworkBudget.requireWithin(spec, limits);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom connectivityRandom = root.split();
        SplittableRandom poissonRandom = root.split();

        SourceLayout layout = SourceLayout.of(spec);
        List<ProjectionSpec> projections = spec.projections();
        long[] projectionSeeds = new long[projections.size()];
        int[] delaySteps = new int[projections.size()];
        int maxDelaySteps = 1;
        for (int i = 0; i < projections.size(); i++) {
            projectionSeeds[i] = connectivityRandom.nextLong();
            delaySteps[i] = (int) StepCount.wholeSteps(projections.get(i).delayMs(), spec.dtMs());
            maxDelaySteps = Math.max(maxDelaySteps, delaySteps[i]);
        }
        requireRingBufferFits(layout.neuronCount(), maxDelaySteps);

        SynapseMatrix synapses = new SynapseMatrixBuilder(layout, projections, projectionSeeds, delaySteps)
                .build(Math.min(limits.maxSynapses(), NetworkBudget.MAX_ARRAY));
        NeuronState state = new NeuronState(layout.neuronCount());
        List<PopulationSpec> populations = spec.populations();
        NeuronKernel[] kernels = new NeuronKernel[populations.size()];
        for (int i = 0; i < populations.size(); i++) {
            PopulationSpec p = populations.get(i);
            LifKernel kernel = new LifKernel(layout.population(p.name()).offset(), p.size(), p.parameters(),
                    spec.dtMs());
            kernel.initialise(state);
            kernels[i] = kernel;
        }
        PoissonSources poisson = new PoissonSources(layout.sourceCount() - layout.neuronCount(), spec.dtMs(),
                poissonRandom);
        spec.poissonInputs().forEach(input -> {
            SourceGroup group = layout.poissonInput(input.name());
            for (int i = 0; i < group.size(); i++) {
                poisson.setRate(group.offset() - layout.neuronCount() + i, input.rateHz());
            }
        });
        return new SpikingEngine(spec.dtMs(), layout, state, kernels, poisson, synapses, maxDelaySteps);
    }

    private static void requireRingBufferFits(int neurons, int maxDelaySteps) {
        if ((long) (maxDelaySteps + 1) * neurons > NetworkBudget.MAX_ARRAY) {
            throw new InvalidNetworkException("delays of up to " + maxDelaySteps + " steps on " + neurons
                    + " neurons need more delay-buffer cells than one engine can hold; shorten the delays or"
                    + " lengthen dt");
        }
    }
}

package org.astrocyte.simulator.engine;

import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.InvalidNetworkException;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.PoissonInputSpec;
import org.astrocyte.simulator.spec.PopulationSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.SimulatorLimits;
import org.astrocyte.simulator.spec.SpikeTrainSpec;

/**
 * Checks a spec against {@link SimulatorLimits} from its sizes alone, before anything is allocated. Synapse counts
 * are exact except for fixed-probability projections, which count with their expected size here and are checked
 * again, exactly, while they are drawn.
 */
public final class NetworkBudget {

    /** The most elements a Java array may hold on common JVMs. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private NetworkBudget() {
    }

    /** Throws {@link InvalidNetworkException} if {@code spec} is larger than {@code limits} allow. */
    public static void requireWithin(NetworkSpec spec, SimulatorLimits limits) {
        long neurons = spec.populations().stream().mapToLong(PopulationSpec::size).sum();
        long poisson = spec.poissonInputs().stream().mapToLong(PoissonInputSpec::size).sum()
                + spec.spikeTrains().stream().mapToLong(SpikeTrainSpec::size).sum();
        long sources = neurons + poisson;
        if (sources > limits.maxNeurons()) {
            String parts = poisson == 0 ? "" : " (" + neurons + " in populations, " + poisson + " input sources)";
            throw new InvalidNetworkException("network has " + sources + " neurons" + parts
                    + ", above the limit of " + limits.maxNeurons());
        }
        double synapses = 0;
        boolean estimated = false;
        for (ProjectionSpec projection : spec.projections()) {
            synapses += expectedSynapses(spec, projection);
            estimated |= projection.connectivity() instanceof Connectivity.FixedProbability;
        }
        long maxSynapses = Math.min(limits.maxSynapses(), MAX_ARRAY);
        if (synapses > maxSynapses) {
            throw new InvalidNetworkException("network has " + (estimated ? "about " : "") + Math.round(synapses)
                    + " synapses" + (estimated ? " (fixed-probability projections at their expected size)" : "")
                    + ", above the limit of " + maxSynapses);
        }
        double longestDelay = spec.projections().stream().mapToDouble(p -> p.delayMs().highest()).max().orElse(0);
        if (Double.isFinite(longestDelay)) {
            long slots = (long) Math.max(1, Math.rint(longestDelay / spec.dtMs())) + 1;
            if (2.0 * slots * neurons > limits.maxDelayCells()) {
                throw new InvalidNetworkException("delays of up to " + longestDelay + " ms on " + neurons
                        + " neurons need " + (2 * slots * neurons) + " delay-buffer cells, above the limit of "
                        + limits.maxDelayCells() + "; shorten the delays or lengthen dt");
            }
        }
    }

    static double expectedSynapses(NetworkSpec spec, ProjectionSpec projection) {
        long sources = sizeOf(spec, projection.source());
        long targets = sizeOf(spec, projection.target());
        boolean recurrent = projection.source().equals(projection.target());
        Connectivity c = projection.connectivity();
        if (c instanceof Connectivity.AllToAll all) {
            return (double) sources * targets - (recurrent && !all.autapses() ? sources : 0);
        }
        if (c instanceof Connectivity.OneToOne) {
            return sources;
        }
        if (c instanceof Connectivity.FixedProbability fixed) {
            double pairs = (double) sources * targets - (recurrent && !fixed.autapses() ? sources : 0);
            return fixed.probability() * pairs;
        }
        if (c instanceof Connectivity.Explicit explicit) {
            return explicit.connections().size();
        }
        if (c instanceof Connectivity.FixedInDegree in) {
            return (double) in.k() * targets;
        }
        if (c instanceof Connectivity.FixedOutDegree out) {
            return (double) out.k() * sources;
        }
        if (c instanceof Connectivity.Dense dense) {
            return (double) dense.sources() * dense.targets();
        }
        throw new IllegalStateException("no size for " + c);
    }

    static int sizeOf(NetworkSpec spec, String name) {
        PopulationSpec population = spec.population(name);
        if (population != null) {
            return population.size();
        }
        for (PoissonInputSpec input : spec.poissonInputs()) {
            if (input.name().equals(name)) {
                return input.size();
            }
        }
        return spec.spikeTrains().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().size();
    }
}

package org.astrocyte.simulator.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete, validated description of a spiking network: LIF populations, Poisson inputs and the projections
 * between them, simulated with a fixed time step. It says nothing about how the network is run; a
 * {@code SimulatorSession} compiles it into an engine.
 *
 * <p>Construction checks the structure: unique names (populations and Poisson inputs share one namespace), known
 * projection ends, delays and refractory periods that are whole numbers of steps, one-to-one sizes and explicit
 * indices in range. Size limits are checked when a session opens.
 *
 * @param name a label for traces and messages
 * @param dtMs simulation time step (ms), positive
 * @param populations the neuron groups, in index order
 * @param poissonInputs the Poisson source groups
 * @param projections the synapse groups
 */
public record NetworkSpec(String name, double dtMs, List<PopulationSpec> populations,
        List<PoissonInputSpec> poissonInputs, List<ProjectionSpec> projections) {

    /** The time step a builder uses unless told otherwise (ms). */
    public static final double DEFAULT_DT_MS = 0.1;

    public NetworkSpec {
        Names.requireName("network", name);
        if (!Double.isFinite(dtMs) || dtMs <= 0) {
            throw new InvalidNetworkException("network '" + name + "': dtMs must be positive and finite, got "
                    + dtMs);
        }
        populations = copy("populations", populations);
        poissonInputs = copy("poissonInputs", poissonInputs);
        projections = copy("projections", projections);
        NetworkSpecValidator.validate(dtMs, populations, poissonInputs, projections);
    }

    /** Starts a builder with dt = {@value #DEFAULT_DT_MS} ms and nothing in it. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The population called {@code name}, or null. */
    public PopulationSpec population(String name) {
        return populations.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The Poisson input called {@code name}, or null. */
    public PoissonInputSpec poissonInput(String name) {
        return poissonInputs.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static <T> List<T> copy(String field, List<T> items) {
        if (items == null) {
            throw new InvalidNetworkException(field + " are missing");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidNetworkException(field + "[" + i + "] is missing");
            }
        }
        return List.copyOf(items);
    }

    /** Collects populations, inputs and projections in order; {@link #build()} validates the whole. */
    public static final class Builder {

        private final String name;
        private double dtMs = DEFAULT_DT_MS;
        private final List<PopulationSpec> populations = new ArrayList<>();
        private final List<PoissonInputSpec> poissonInputs = new ArrayList<>();
        private final List<ProjectionSpec> projections = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** The simulation time step (ms). */
        public Builder dtMs(double dtMs) {
            this.dtMs = dtMs;
            return this;
        }

        /** Adds a population of {@code size} LIF neurons. */
        public Builder population(String name, int size, LifParameters parameters) {
            return population(new PopulationSpec(name, size, parameters));
        }

        public Builder population(PopulationSpec population) {
            populations.add(population);
            return this;
        }

        /** Adds {@code size} Poisson sources, each firing at {@code rateHz} (spikes/s) until changed. */
        public Builder poisson(String name, int size, double rateHz) {
            return poisson(new PoissonInputSpec(name, size, rateHz));
        }

        public Builder poisson(PoissonInputSpec input) {
            poissonInputs.add(input);
            return this;
        }

        /** Adds static synapses of {@code weightPa} (pA, signed) with {@code delayMs} (ms). */
        public Builder projection(String source, String target, Connectivity connectivity, double weightPa,
                double delayMs) {
            return projection(new ProjectionSpec(source, target, connectivity, weightPa, delayMs));
        }

        public Builder projection(ProjectionSpec projection) {
            projections.add(projection);
            return this;
        }

        /** The validated network; throws {@link InvalidNetworkException} naming the first problem found. */
        public NetworkSpec build() {
            return new NetworkSpec(name, dtMs, populations, poissonInputs, projections);
        }
    }
}

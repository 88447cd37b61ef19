package org.astrocyte.simulator.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A complete, validated description of a spiking network: populations of neurons, inputs (Poisson sources, spike
 * trains, injected currents), the projections between them, and what to monitor, simulated with a fixed time step.
 * It says nothing about how the network is run; a {@code SimulatorSession} compiles it into an engine.
 *
 * <p>Construction checks the whole: unique names (populations and spike sources share one namespace), known
 * projection ends, delays and refractory periods that are whole numbers of steps and at least one step, sizes that
 * fit the connectivity, indices in range. Size limits are checked when a session opens.
 *
 * @param name a label for traces and messages
 * @param dtMs simulation time step (ms), positive
 * @param populations the neuron groups, in index order
 * @param poissonInputs the Poisson source groups
 * @param spikeTrains the spike-time sources
 * @param currents injected constant and step currents
 * @param projections the synapse groups
 * @param monitors what a session records
 */
public record NetworkSpec(String name, double dtMs, List<PopulationSpec> populations,
        List<PoissonInputSpec> poissonInputs, List<SpikeTrainSpec> spikeTrains, List<CurrentInputSpec> currents,
        List<ProjectionSpec> projections, List<MonitorSpec> monitors) {

    /** The time step a builder uses unless told otherwise (ms). */
    public static final double DEFAULT_DT_MS = 0.1;

    public NetworkSpec {
        Names.requireName("network", name);
        if (!Double.isFinite(dtMs) || dtMs <= 0) {
            throw new InvalidNetworkException("network '" + name + "': dt must be positive and finite, got " + dtMs
                    + " ms");
        }
        populations = copy("populations", populations);
        poissonInputs = copy("poisson inputs", poissonInputs);
        spikeTrains = copy("spike trains", spikeTrains);
        currents = copy("currents", currents);
        projections = copy("projections", projections);
        monitors = copy("monitors", monitors);
        new NetworkSpecValidator(dtMs).validate(populations, poissonInputs, spikeTrains, currents, projections,
                monitors);
    }

    /** Starts a builder with dt = {@value #DEFAULT_DT_MS} ms and nothing in it. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The population called {@code name}, or null. */
    public PopulationSpec population(String name) {
        return populations.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** Number of neurons in all populations. */
    public long neuronCount() {
        return populations.stream().mapToLong(PopulationSpec::size).sum();
    }

    /** A builder holding everything this spec holds, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder(name).dtMs(dtMs);
        b.populations.addAll(populations);
        b.poissonInputs.addAll(poissonInputs);
        b.spikeTrains.addAll(spikeTrains);
        b.currents.addAll(currents);
        b.projections.addAll(projections);
        b.monitors.addAll(monitors);
        return b;
    }

    private static <T> List<T> copy(String field, List<T> items) {
        if (items == null) {
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new InvalidNetworkException(field + "[" + i + "] is missing");
            }
        }
        return List.copyOf(items);
    }

    /** Collects the parts in order; {@link #build()} validates the whole. */
    public static final class Builder {

        private final String name;
        private double dtMs = DEFAULT_DT_MS;
        private final List<PopulationSpec> populations = new ArrayList<>();
        private final List<PoissonInputSpec> poissonInputs = new ArrayList<>();
        private final List<SpikeTrainSpec> spikeTrains = new ArrayList<>();
        private final List<CurrentInputSpec> currents = new ArrayList<>();
        private final List<ProjectionSpec> projections = new ArrayList<>();
        private final List<MonitorSpec> monitors = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** The simulation time step (ms). */
        public Builder dtMs(double dtMs) {
            this.dtMs = dtMs;
            return this;
        }

        /** Adds a population of {@code size} neurons of {@code model}, all starting at rest. */
        public Builder population(String name, int size, NeuronModel model) {
            return population(new PopulationSpec(name, size, model));
        }

        /** Adds a population with initial values per state variable. */
        public Builder population(String name, int size, NeuronModel model, Map<String, ValueSpec> initial) {
            return population(new PopulationSpec(name, size, model, initial));
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

        /** Adds sources that spike at given times (ms), one array per source. */
        public Builder spikeTrains(String name, List<double[]> timesMs) {
            spikeTrains.add(new SpikeTrainSpec(name, timesMs));
            return this;
        }

        /** Adds a constant or step current into every neuron of a population. */
        public Builder current(CurrentInputSpec current) {
            currents.add(current);
            return this;
        }

        /** Adds static synapses of one weight (pA or nS, signed) and one delay (ms). */
        public Builder projection(String source, String target, Connectivity connectivity, double weight,
                double delayMs) {
            return projection(new ProjectionSpec(source, target, connectivity, weight, delayMs));
        }

        public Builder projection(ProjectionSpec projection) {
            projections.add(projection);
            return this;
        }

        /** Adds a monitor. */
        public Builder monitor(MonitorSpec monitor) {
            monitors.add(monitor);
            return this;
        }

        /** The validated network; throws {@link InvalidNetworkException} naming the first problem found. */
        public NetworkSpec build() {
            return new NetworkSpec(name, dtMs, populations, poissonInputs, spikeTrains, currents, projections,
                    monitors);
        }
    }
}

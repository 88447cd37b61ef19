package org.astrocyte.simulator.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Cross-checks the parts of a {@link NetworkSpec}: names, references, and durations against dt. */
final class NetworkSpecValidator {

    private final double dtMs;
    private final Map<String, PopulationSpec> populations = new HashMap<>();
    private final Map<String, PoissonInputSpec> inputs = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    private NetworkSpecValidator(double dtMs) {
        this.dtMs = dtMs;
    }

    static void validate(double dtMs, List<PopulationSpec> populations, List<PoissonInputSpec> inputs,
            List<ProjectionSpec> projections) {
        NetworkSpecValidator validator = new NetworkSpecValidator(dtMs);
        for (int i = 0; i < populations.size(); i++) {
            validator.addPopulation(i, populations.get(i));
        }
        for (int i = 0; i < inputs.size(); i++) {
            validator.addInput(i, inputs.get(i));
        }
        for (int i = 0; i < projections.size(); i++) {
            validator.checkProjection(i, projections.get(i));
        }
    }

    private void addPopulation(int index, PopulationSpec population) {
        claim(population.name(), "population[" + index + "]");
        populations.put(population.name(), population);
        double refractoryMs = population.parameters().refractoryMs();
        long steps = StepCount.wholeSteps(refractoryMs, dtMs);
        String owner = "population '" + population.name() + "': refractoryMs " + refractoryMs;
        if (steps < 0) {
            throw new InvalidNetworkException(owner + " is not a whole number of dt steps (dt " + dtMs + " ms)");
        }
        if (steps > Integer.MAX_VALUE) {
            throw new InvalidNetworkException(owner + " is too long: more than " + Integer.MAX_VALUE + " steps");
        }
    }

    private void addInput(int index, PoissonInputSpec input) {
        claim(input.name(), "poisson input[" + index + "]");
        inputs.put(input.name(), input);
    }

    private void claim(String name, String owner) {
        String previous = owners.putIfAbsent(name, owner);
        if (previous != null) {
            throw new InvalidNetworkException("duplicate name '" + name + "': " + previous + " and " + owner
                    + " both use it; names of populations and Poisson inputs must be unique");
        }
    }

    private void checkProjection(int index, ProjectionSpec projection) {
        String owner = "projection[" + index + "] (" + projection.label() + ")";
        int sourceSize = sourceSize(owner, projection.source());
        int targetSize = targetSize(owner, projection.target());
        checkDelay(owner, projection.delayMs());
        Connectivity connectivity = projection.connectivity();
        if (connectivity instanceof Connectivity.OneToOne && sourceSize != targetSize) {
            throw new InvalidNetworkException(owner + ": one-to-one connectivity needs equal sizes, got "
                    + sourceSize + " (" + projection.source() + ") and " + targetSize + " (" + projection.target()
                    + ")");
        }
        if (connectivity instanceof Connectivity.Explicit explicit) {
            List<Connectivity.Connection> connections = explicit.connections();
            for (int i = 0; i < connections.size(); i++) {
                Connectivity.Connection c = connections.get(i);
                requireIndex(owner, i, "source", c.source(), sourceSize, projection.source());
                requireIndex(owner, i, "target", c.target(), targetSize, projection.target());
            }
        }
    }

    private int sourceSize(String owner, String name) {
        PopulationSpec population = populations.get(name);
        if (population != null) {
            return population.size();
        }
        PoissonInputSpec input = inputs.get(name);
        if (input != null) {
            return input.size();
        }
        throw new InvalidNetworkException(owner + ": unknown source '" + name
                + "'; known populations and Poisson inputs: " + sorted(owners));
    }

    private int targetSize(String owner, String name) {
        PopulationSpec population = populations.get(name);
        if (population != null) {
            return population.size();
        }
        if (inputs.containsKey(name)) {
            throw new InvalidNetworkException(owner + ": target '" + name
                    + "' is a Poisson input; only populations can receive synapses");
        }
        throw new InvalidNetworkException(owner + ": unknown target population '" + name
                + "'; known populations: " + sorted(populations));
    }

    private void checkDelay(String owner, double delayMs) {
        long steps = StepCount.wholeSteps(delayMs, dtMs);
        if (steps < 1 && delayMs < dtMs) {
            throw new InvalidNetworkException(owner + ": delayMs " + delayMs + " is shorter than dt " + dtMs
                    + " ms");
        }
        if (steps < 0) {
            throw new InvalidNetworkException(owner + ": delayMs " + delayMs
                    + " is not a whole number of dt steps (dt " + dtMs + " ms)");
        }
        if (steps > Integer.MAX_VALUE - 2) {
            throw new InvalidNetworkException(owner + ": delayMs " + delayMs + " is too long: more than "
                    + (Integer.MAX_VALUE - 2) + " steps");
        }
    }

    private static void requireIndex(String owner, int connection, String end, int index, int size, String name) {
        if (index >= size) {
            throw new InvalidNetworkException(owner + ": connection[" + connection + "] has " + end + " " + index
                    + ", outside 0.." + (size - 1) + " of '" + name + "'");
        }
    }

    private static String sorted(Map<String, ?> names) {
        return names.isEmpty() ? "(none)" : names.keySet().stream().sorted().collect(Collectors.joining(", "));
    }
}

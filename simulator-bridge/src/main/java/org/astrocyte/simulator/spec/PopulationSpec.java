package org.astrocyte.simulator.spec;

/**
 * A named group of identical LIF neurons, indexed 0 to {@code size - 1}.
 *
 * @param name unique within the network (shared with the Poisson inputs)
 * @param size number of neurons, positive
 * @param parameters the neuron model parameters, all neurons alike
 */
public record PopulationSpec(String name, int size, LifParameters parameters) {

    public PopulationSpec {
        Names.requireName("population", name);
        String owner = "population '" + name + "'";
        if (size <= 0) {
            throw new InvalidNetworkException(owner + ": size must be positive, got " + size);
        }
        if (parameters == null) {
            throw new InvalidNetworkException(owner + ": parameters are missing");
        }
        parameters.requireValid(owner);
    }
}

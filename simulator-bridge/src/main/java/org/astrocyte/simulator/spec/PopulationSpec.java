package org.astrocyte.simulator.spec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named group of neurons of one model, indexed 0 to {@code size - 1}, all with the same parameters. Initial
 * values may be set per state variable (e.g. {@code v} uniform in [-60, -50] mV); variables left out start at the
 * model's resting value.
 *
 * @param name unique within the network (shared with the inputs)
 * @param size number of neurons, positive
 * @param model the neuron model and its parameters
 * @param initial initial value per state variable name (in the variable's unit), possibly empty
 */
public record PopulationSpec(String name, int size, NeuronModel model, Map<String, ValueSpec> initial) {

    public PopulationSpec {
        Names.requireName("population", name);
        String owner = "population '" + name + "'";
        if (size <= 0) {
            throw new InvalidNetworkException(owner + ": size must be positive, got " + size);
        }
        if (model == null) {
            throw new InvalidNetworkException(owner + ": model is missing");
        }
        model.requireValid(owner);
        initial = initial == null ? Map.of() : new LinkedHashMap<>(initial);
        for (Map.Entry<String, ValueSpec> entry : initial.entrySet()) {
            String variable = entry.getKey();
            if (!model.stateVariables().contains(variable)) {
                throw new InvalidNetworkException(owner + ": initial value for unknown state variable '" + variable
                        + "'; model " + model.kind() + " has " + String.join(", ", model.stateVariables()));
            }
            ValueSpec value = entry.getValue();
            if (value == null) {
                throw new InvalidNetworkException(owner + ": initial value of " + variable + " is missing");
            }
            value.requireValid(owner + ": initial " + variable);
            if (value instanceof ValueSpec.Values values && values.size() != size) {
                throw new InvalidNetworkException(owner + ": initial " + variable + " has " + values.size()
                        + " values for " + size + " neurons");
            }
        }
        initial = java.util.Collections.unmodifiableMap(initial);
    }

    /** A population whose neurons all start at rest. */
    public PopulationSpec(String name, int size, NeuronModel model) {
        this(name, size, model, Map.of());
    }
}

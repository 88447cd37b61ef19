package org.astrocyte.simulator.spec;

import org.astrocyte.simulator.units.Dimension;

/**
 * One parameter of a neuron model as network files name it, with its dimension and default.
 *
 * @param key the name in files, e.g. "tau_m"
 * @param dimension what the value measures; the file must give a unit of this dimension
 * @param defaultValue the value used when a file leaves the parameter out, in the dimension's working unit
 */
public record ModelParameter(String key, Dimension dimension, double defaultValue) {
}

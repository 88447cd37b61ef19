package org.astrocyte.simulator.engine;

/**
 * Where a population or Poisson input sits in the engine's single index space of spike sources: neurons of all
 * populations first, in spec order, then the Poisson sources.
 *
 * @param name the population or input name
 * @param offset global index of its element 0
 * @param size number of neurons or sources
 * @param population true for a population of neurons, false for a Poisson input
 */
public record SourceGroup(String name, int offset, int size, boolean population) {

    /** The global index of local element {@code index}, which must be in range. */
    public int global(int index) {
        return offset + index;
    }

    /** "population 'motors'" or "poisson input 'noise'", for messages. */
    public String describe() {
        return (population ? "population '" : "poisson input '") + name + "'";
    }
}

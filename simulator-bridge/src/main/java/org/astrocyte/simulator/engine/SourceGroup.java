package org.astrocyte.simulator.engine;

/**
 * Where a population or input sits in the engine's single index space of spike sources: neurons of all populations
 * first, in spec order, then the Poisson sources, then the spike-train sources.
 *
 * @param name the population or input name
 * @param offset global index of its element 0
 * @param size number of neurons or sources
 * @param kind what the group is
 */
public record SourceGroup(String name, int offset, int size, Kind kind) {

    /** What a group of spike sources is. */
    public enum Kind {
        POPULATION("population"), POISSON("poisson input"), SPIKE_TRAIN("spike train input");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** "poisson input", for messages. */
        public String label() {
            return label;
        }
    }

    /** Whether this is a population of neurons. */
    public boolean population() {
        return kind == Kind.POPULATION;
    }

    /** The global index of local element {@code index}, which must be in range. */
    public int global(int index) {
        return offset + index;
    }

    /** "population 'motors'" or "poisson input 'noise'", for messages. */
    public String describe() {
        return kind.label() + " '" + name + "'";
    }
}

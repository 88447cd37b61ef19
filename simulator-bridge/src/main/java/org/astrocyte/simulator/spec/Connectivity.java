package org.astrocyte.simulator.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Which neurons of a projection's source connect to which neurons of its target. Indices are local to the source
 * and target groups. "Autapses" are synapses from a neuron onto itself; they can only arise when a population
 * projects onto itself, and the flag is ignored otherwise.
 */
public sealed interface Connectivity {

    /** Every source connects to every target; without autapses. */
    static Connectivity allToAll() {
        return new AllToAll(false);
    }

    /** Source i connects to target i; source and target must have the same size. */
    static Connectivity oneToOne() {
        return new OneToOne();
    }

    /** Each pair connects independently with {@code probability}, drawn from the session seed; without autapses. */
    static Connectivity fixedProbability(double probability) {
        return new FixedProbability(probability, false);
    }

    /** Exactly the listed pairs (repeats give repeated synapses). */
    static Connectivity explicit(List<Connection> connections) {
        return new Explicit(connections);
    }

    /** Every source neuron connects to every target neuron. */
    record AllToAll(boolean autapses) implements Connectivity {
    }

    /** Source i connects to target i. */
    record OneToOne() implements Connectivity {
    }

    /** Each (source, target) pair connects independently with {@code probability} (between 0 and 1). */
    record FixedProbability(double probability, boolean autapses) implements Connectivity {

        public FixedProbability {
            if (Double.isNaN(probability)) {
                throw new InvalidNetworkException("probability must be a number, got NaN");
            }
            if (probability < 0) {
                throw new InvalidNetworkException("probability " + probability + " is below 0");
            }
            if (probability > 1) {
                throw new InvalidNetworkException("probability " + probability + " is above 1");
            }
        }
    }

    /** A given list of (source, target) pairs. */
    record Explicit(List<Connection> connections) implements Connectivity {

        public Explicit {
            if (connections == null) {
                throw new InvalidNetworkException("explicit connectivity: connections are missing");
            }
            List<Connection> copy = new ArrayList<>(connections.size());
            for (int i = 0; i < connections.size(); i++) {
                Connection c = connections.get(i);
                if (c == null) {
                    throw new InvalidNetworkException("explicit connectivity: connection[" + i + "] is missing");
                }
                copy.add(c);
            }
            connections = List.copyOf(copy);
        }
    }

    /**
     * One synapse of an {@link Explicit} projection.
     *
     * @param source index in the source group, not negative
     * @param target index in the target population, not negative
     */
    record Connection(int source, int target) {

        public Connection {
            if (source < 0 || target < 0) {
                throw new InvalidNetworkException("connection (" + source + " -> " + target
                        + "): indices must not be negative");
            }
        }
    }
}

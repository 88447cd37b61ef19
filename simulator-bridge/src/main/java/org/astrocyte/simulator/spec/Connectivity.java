package org.astrocyte.simulator.spec;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** Each target receives exactly {@code k} synapses from distinct sources drawn at random; without autapses. */
    static Connectivity fixedInDegree(int k) {
        return new FixedInDegree(k, false);
    }

    /** Each source sends exactly {@code k} synapses to distinct targets drawn at random; without autapses. */
    static Connectivity fixedOutDegree(int k) {
        return new FixedOutDegree(k, false);
    }

    /** A synapse for every non-zero entry {@code weights[source][target]}, scaled by the projection's weight. */
    static Connectivity dense(double[][] weights) {
        return new Dense(weights);
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

    /** Each target neuron gets {@code k} synapses from distinct sources, drawn uniformly. */
    record FixedInDegree(int k, boolean autapses) implements Connectivity {

        public FixedInDegree {
            if (k < 0) {
                throw new InvalidNetworkException("in-degree must not be negative, got " + k);
            }
        }
    }

    /** Each source neuron gets {@code k} synapses to distinct targets, drawn uniformly. */
    record FixedOutDegree(int k, boolean autapses) implements Connectivity {

        public FixedOutDegree {
            if (k < 0) {
                throw new InvalidNetworkException("out-degree must not be negative, got " + k);
            }
        }
    }

    /**
     * A dense matrix indexed [source][target]: each non-zero, finite entry is one synapse whose weight is the entry
     * times the projection's weight (so that a projection weight of 1 takes the matrix as it is). Rows must all
     * have the same length; the matrix is copied in.
     */
    record Dense(double[][] weights) implements Connectivity {

        public Dense {
            if (weights == null) {
                throw new InvalidNetworkException("dense connectivity: the matrix is missing");
            }
            double[][] copy = new double[weights.length][];
            for (int s = 0; s < weights.length; s++) {
                if (weights[s] == null || weights[s].length != weights[0].length) {
                    throw new InvalidNetworkException("dense connectivity: row " + s + " must have "
                            + weights[0].length + " entries like row 0");
                }
                for (int t = 0; t < weights[s].length; t++) {
                    if (!Double.isFinite(weights[s][t])) {
                        throw new InvalidNetworkException("dense connectivity: entry [" + s + "][" + t
                                + "] must be finite, got " + weights[s][t]);
                    }
                }
                copy[s] = weights[s].clone();
            }
            weights = copy;
        }

        /** Entry [source][target]. */
        public double weight(int source, int target) {
            return weights[source][target];
        }

        /** Rows (sources). */
        public int sources() {
            return weights.length;
        }

        /** Columns (targets); 0 for an empty matrix. */
        public int targets() {
            return weights.length == 0 ? 0 : weights[0].length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dense other && Arrays.deepEquals(weights, other.weights);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(weights);
        }

        @Override
        public String toString() {
            return "Dense[" + sources() + "x" + targets() + "]";
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

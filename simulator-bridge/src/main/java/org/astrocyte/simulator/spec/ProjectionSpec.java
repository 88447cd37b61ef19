package org.astrocyte.simulator.spec;

/**
 * Synapses from a population or input to a population. The sign of a weight picks the receptor: positive weights
 * act on the target's excitatory synapses, negative ones on its inhibitory synapses; the magnitude is a current
 * jump (pA) for current-based models and a conductance jump (nS) for conductance-based ones (see
 * {@link NeuronModel#synapseType()}). Delays are drawn per synapse and rounded to whole steps; they must be at
 * least one step.
 *
 * @param source name of a population or input
 * @param target name of a population
 * @param connectivity which source neurons connect to which target neurons
 * @param weight the weight of each synapse (pA or nS, signed), as a constant, distribution or per-synapse array;
 *        for {@link Connectivity.Dense} it multiplies the matrix entries
 * @param delayMs the delay of each synapse (ms): the time from the presynaptic spike to the jump
 * @param plasticity how the weights change while the network runs; {@link Plasticity#none()} for static synapses
 */
public record ProjectionSpec(String source, String target, Connectivity connectivity, ValueSpec weight,
        ValueSpec delayMs, Plasticity plasticity) {

    public ProjectionSpec {
        Names.requireName("projection source", source);
        Names.requireName("projection target", target);
        String owner = "projection (" + source + " -> " + target + ")";
        if (connectivity == null) {
            throw new InvalidNetworkException(owner + ": connectivity is missing");
        }
        if (weight == null) {
            throw new InvalidNetworkException(owner + ": weight is missing");
        }
        if (delayMs == null) {
            throw new InvalidNetworkException(owner + ": delay is missing");
        }
        weight.requireValid(owner + ": weight");
        delayMs.requireValid(owner + ": delay");
        plasticity = plasticity == null ? Plasticity.none() : plasticity;
        plasticity.requireValid(owner + ": " + plasticity.kind());
    }

    /** Static synapses of one weight (pA or nS, signed) and one delay (ms). */
    public ProjectionSpec(String source, String target, Connectivity connectivity, double weight, double delayMs) {
        this(source, target, connectivity, ValueSpec.constant(weight), ValueSpec.constant(delayMs),
                Plasticity.none());
    }

    /** A copy with {@code rule} as its plasticity. */
    public ProjectionSpec withPlasticity(Plasticity rule) {
        return new ProjectionSpec(source, target, connectivity, weight, delayMs, rule);
    }

    /** "sensors -> motors", for messages. */
    public String label() {
        return source + " -> " + target;
    }
}

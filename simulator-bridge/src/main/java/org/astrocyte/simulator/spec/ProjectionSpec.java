package org.astrocyte.simulator.spec;

/**
 * Static synapses from a population or Poisson input to a population, all with the same weight and delay. A
 * positive weight adds to the target's excitatory synaptic current, a negative one to its inhibitory current.
 *
 * @param source name of a population or Poisson input
 * @param target name of a population
 * @param connectivity which source neurons connect to which target neurons
 * @param weightPa jump of the synaptic current per spike (pA), signed
 * @param delayMs time from the presynaptic spike to the current jump (ms); at least dt and a whole number of steps
 */
public record ProjectionSpec(String source, String target, Connectivity connectivity, double weightPa,
        double delayMs) {

    public ProjectionSpec {
        Names.requireName("projection source", source);
        Names.requireName("projection target", target);
        String owner = "projection (" + source + " -> " + target + ")";
        if (connectivity == null) {
            throw new InvalidNetworkException(owner + ": connectivity is missing");
        }
        if (!Double.isFinite(weightPa)) {
            throw new InvalidNetworkException(owner + ": weightPa must be finite, got " + weightPa);
        }
        if (!Double.isFinite(delayMs)) {
            throw new InvalidNetworkException(owner + ": delayMs must be finite, got " + delayMs);
        }
    }

    /** "sensors -> motors", for messages. */
    public String label() {
        return source + " -> " + target;
    }
}

package org.astrocyte.simulator.spec;

/**
 * A group of independent Poisson spike sources, indexed 0 to {@code size - 1}. In each simulation step of length
 * dt a source spikes with probability {@code 1 - exp(-rate·dt)}; the rate of each source can be changed while the
 * network runs.
 *
 * @param name unique within the network (shared with the populations)
 * @param size number of sources, positive
 * @param rateHz initial rate of every source (spikes per second), finite and not negative
 */
public record PoissonInputSpec(String name, int size, double rateHz) {

    public PoissonInputSpec {
        Names.requireName("poisson input", name);
        String owner = "poisson input '" + name + "'";
        if (size <= 0) {
            throw new InvalidNetworkException(owner + ": size must be positive, got " + size);
        }
        if (!Double.isFinite(rateHz) || rateHz < 0) {
            throw new InvalidNetworkException(owner + ": rateHz must be finite and not negative, got " + rateHz);
        }
    }
}

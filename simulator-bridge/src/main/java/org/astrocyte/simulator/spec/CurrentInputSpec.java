package org.astrocyte.simulator.spec;

/**
 * A current injected into every neuron of a population from {@code startMs} (inclusive) to {@code stopMs}
 * (exclusive): a constant current when it starts at 0 and never stops, a step current otherwise. Several inputs
 * into one population add up, on top of what a controller sets through the session.
 *
 * @param population the target population
 * @param amplitudePa the current (pA), finite
 * @param startMs when it switches on (ms), not negative
 * @param stopMs when it switches off (ms), after the start; {@code Double.POSITIVE_INFINITY} for never
 */
public record CurrentInputSpec(String population, double amplitudePa, double startMs, double stopMs) {

    public CurrentInputSpec {
        Names.requireName("current input target", population);
        String owner = "current input into '" + population + "'";
        if (!Double.isFinite(amplitudePa)) {
            throw new InvalidNetworkException(owner + ": amplitude must be finite, got " + amplitudePa + " pA");
        }
        if (!Double.isFinite(startMs) || startMs < 0) {
            throw new InvalidNetworkException(owner + ": start must be a finite, non-negative time, got " + startMs
                    + " ms");
        }
        if (Double.isNaN(stopMs) || stopMs <= startMs) {
            throw new InvalidNetworkException(owner + ": stop " + stopMs + " ms must be after start " + startMs
                    + " ms");
        }
    }

    /** A current that is on from the start and never stops. */
    public static CurrentInputSpec constant(String population, double amplitudePa) {
        return new CurrentInputSpec(population, amplitudePa, 0.0, Double.POSITIVE_INFINITY);
    }
}

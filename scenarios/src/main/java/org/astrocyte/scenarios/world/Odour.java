package org.astrocyte.scenarios.world;

/**
 * The smell of each available food item: a Gaussian plume centred on the item, read as
 * {@code strength · exp(−d² / (2σ²))} at distance d metres, σ = {@code sigma} metres, like a
 * {@link ChemicalSource}.
 * Eaten items do not smell until they regrow.
 */
public record Odour(double strength, double sigma) {

    /** Checks a strength of zero or more and a positive sigma. */
    public Odour {
        Finite.requireNonNegative("food odour strength", strength, "");
        Finite.requirePositive("food odour sigma", sigma, "m");
    }
}

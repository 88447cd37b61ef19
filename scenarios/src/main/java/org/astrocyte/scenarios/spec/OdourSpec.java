package org.astrocyte.scenarios.spec;

/**
 * How each available food item smells: a Gaussian plume read as strength · exp(−d² / 2σ²) at distance d metres, so
 * that a chemotactic reflex can find food.
 *
 * @param strength the reading at an item, 0 to 100 (default 1)
 * @param sigma    the plume's width σ, metres (default 1)
 */
public record OdourSpec(Double strength, Double sigma) {

    public OdourSpec {
        strength = strength == null ? 1.0 : strength;
        Checks.inRange("odour strength", strength, 0, 100);
        sigma = sigma == null ? 1.0 : sigma;
        Checks.inRange("odour sigma", sigma, 0.01, 1000);
    }
}

package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A steady odour source, position in metres. An antenna at distance d reads strength · exp(−d² / 2σ²), summed over
 * the sources (and the odour of food) and clipped to [0, 1].
 *
 * @param id       names it in messages (default "chemical-N", N counting from 1)
 * @param strength the reading at the source, 0 to 100 (default 1)
 * @param sigma    the plume's width σ (its diffusion length), metres (default 1)
 */
public record ChemicalSpec(String id, @JsonProperty(required = true) Double x,
        @JsonProperty(required = true) Double y, Double strength, Double sigma) {

    public ChemicalSpec {
        String name = id == null ? "chemical" : "chemical '" + id + "'";
        Checks.inRange(name + " x", x, -1e6, 1e6);
        Checks.inRange(name + " y", y, -1e6, 1e6);
        strength = strength == null ? 1.0 : strength;
        Checks.inRange(name + " strength", strength, 0, 100);
        sigma = sigma == null ? 1.0 : sigma;
        Checks.inRange(name + " sigma", sigma, 0.01, 1000);
    }

    ChemicalSpec withId(String newId) {
        return new ChemicalSpec(newId, x, y, strength, sigma);
    }
}

package org.astrocyte.scenarios.world;

/**
 * A point light at ({@code x}, {@code y}) metres. An eye at distance d (metres) from it reads
 * {@code intensity / (1 + (d / halfDistance)²)}: the full intensity at the source, half of it at
 * {@code halfDistance}, falling as 1/d² far away (an inverse-square law kept finite at the source). Light passes
 * through obstacles and bodies. The {@code id} names it in messages.
 */
public record LightSource(String id, double x, double y, double intensity, double halfDistance) {

    /** Checks a non-blank id, a finite position, an intensity of zero or more and a positive half distance. */
    public LightSource {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a light source needs a non-blank id");
        }
        Finite.require("light '" + id + "' x", x);
        Finite.require("light '" + id + "' y", y);
        Finite.requireNonNegative("light '" + id + "' intensity", intensity, "");
        Finite.requirePositive("light '" + id + "' half distance", halfDistance, "m");
    }

    /** A light whose reading halves at 1 m. */
    public LightSource(String id, double x, double y, double intensity) {
        this(id, x, y, intensity, 1.0);
    }

    /** The reading of this light at squared distance {@code distanceSquared} (m²). */
    double at(double distanceSquared) {
        return intensity / (1 + distanceSquared / (halfDistance * halfDistance));
    }
}

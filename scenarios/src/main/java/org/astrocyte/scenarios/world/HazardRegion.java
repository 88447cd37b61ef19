package org.astrocyte.scenarios.world;

/**
 * A circular hazard, centre ({@code x}, {@code y}) and {@code radius} in metres: while a body's centre is inside it,
 * it drains {@code drainPerSecond} energy units per second of world time. Entering it is reported in the
 * {@link StepReport}.
 */
public record HazardRegion(String id, double x, double y, double radius, double drainPerSecond) {

    /** Checks a non-blank id, a finite centre, a positive radius and a drain of zero or more. */
    public HazardRegion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a hazard needs a non-blank id");
        }
        Finite.require("hazard '" + id + "' x", x);
        Finite.require("hazard '" + id + "' y", y);
        Finite.requirePositive("hazard '" + id + "' radius", radius, "m");
        Finite.requireNonNegative("hazard '" + id + "' drain", drainPerSecond, "energy units/s");
    }
}

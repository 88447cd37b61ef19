package org.astrocyte.scenarios.world;

/**
 * A circular goal, centre ({@code x}, {@code y}) and {@code radius} in metres: a body whose centre enters it has
 * reached it, which the {@link StepReport} says once per entry.
 */
public record GoalRegion(String id, double x, double y, double radius) {

    /** Checks a non-blank id, a finite centre and a positive radius. */
    public GoalRegion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a goal needs a non-blank id");
        }
        Finite.require("goal '" + id + "' x", x);
        Finite.require("goal '" + id + "' y", y);
        Finite.requirePositive("goal '" + id + "' radius", radius, "m");
    }
}

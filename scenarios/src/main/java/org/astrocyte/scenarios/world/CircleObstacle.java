package org.astrocyte.scenarios.world;

/**
 * A fixed round obstacle with centre ({@code x}, {@code y}) and {@code radius}, in metres. The {@code id} names it in
 * collisions and error messages.
 */
public record CircleObstacle(String id, double x, double y, double radius) {

    /** Checks that the id is not blank, the centre finite and the radius positive. */
    public CircleObstacle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an obstacle needs a non-blank id");
        }
        Finite.require("obstacle '" + id + "' x", x);
        Finite.require("obstacle '" + id + "' y", y);
        Finite.requirePositive("obstacle '" + id + "' radius", radius, "m");
    }
}

package org.astrocyte.scenarios.world;

/**
 * A round obstacle with centre ({@code x}, {@code y}) and {@code radius}, in metres. The {@code id} names it in
 * collisions and error messages. With a {@code path} the centre moves from ({@code x}, {@code y}) through the path's
 * waypoints; without one (null) the obstacle stands still.
 */
public record CircleObstacle(String id, double x, double y, double radius, ObstaclePath path) implements Obstacle {

    /** Checks a non-blank id, a finite centre, a positive radius, and that the path (if any) leaves the start. */
    public CircleObstacle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an obstacle needs a non-blank id");
        }
        Finite.require("obstacle '" + id + "' x", x);
        Finite.require("obstacle '" + id + "' y", y);
        Finite.requirePositive("obstacle '" + id + "' radius", radius, "m");
        if (path != null) {
            path.requireLeaves(id, x, y);
        }
    }

    /** A fixed round obstacle. */
    public CircleObstacle(String id, double x, double y, double radius) {
        this(id, x, y, radius, null);
    }

    @Override
    public Vec2 anchor() {
        return new Vec2(x, y);
    }

    @Override
    public CircleObstacle translated(double dx, double dy) {
        return new CircleObstacle(id, x + dx, y + dy, radius, path == null ? null : path.translated(dx, dy));
    }
}

package org.astrocyte.scenarios.world;

/** A point or displacement in the world plane, in metres (or a velocity in m/s, where the context says so). */
public record Vec2(double x, double y) {

    /** The origin, (0, 0). */
    public static final Vec2 ZERO = new Vec2(0, 0);

    /** This vector plus {@code other}. */
    public Vec2 plus(Vec2 other) {
        return new Vec2(x + other.x, y + other.y);
    }

    /** This vector minus {@code other}. */
    public Vec2 minus(Vec2 other) {
        return new Vec2(x - other.x, y - other.y);
    }

    /** This vector multiplied by {@code factor}. */
    public Vec2 scale(double factor) {
        return new Vec2(x * factor, y * factor);
    }

    /** The dot product with {@code other}. */
    public double dot(Vec2 other) {
        return x * other.x + y * other.y;
    }

    /** The Euclidean length. */
    public double length() {
        return Math.sqrt(x * x + y * y);
    }

    /** The Euclidean distance to {@code other}. */
    public double distanceTo(Vec2 other) {
        double dx = x - other.x;
        double dy = y - other.y;
        return Math.sqrt(dx * dx + dy * dy);
    }
}

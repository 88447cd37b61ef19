package org.astrocyte.scenarios.world;

/**
 * The build of a circular differential-drive body: {@code radius} and {@code wheelBase} (the distance between the two
 * wheels) in metres, and {@code maxWheelSpeed}, the fastest either wheel turns, in m/s.
 */
public record BodySpec(double radius, double wheelBase, double maxWheelSpeed) {

    private static final BodySpec DEFAULTS = new BodySpec(0.15, 0.25, 0.5);

    /** Checks that every quantity is positive. */
    public BodySpec {
        Finite.requirePositive("body radius", radius, "m");
        Finite.requirePositive("body wheel base", wheelBase, "m");
        Finite.requirePositive("body max wheel speed", maxWheelSpeed, "m/s");
    }

    /** A small robot: radius 0.15 m, wheel base 0.25 m, max wheel speed 0.5 m/s. */
    public static BodySpec defaults() {
        return DEFAULTS;
    }
}

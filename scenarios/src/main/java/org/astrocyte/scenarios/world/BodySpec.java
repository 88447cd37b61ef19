package org.astrocyte.scenarios.world;

import java.util.Objects;

/**
 * The build of a circular differential-drive body: {@code radius} and {@code wheelBase} (the distance between the two
 * wheels) in metres, {@code maxWheelSpeed}, the fastest either wheel turns, in m/s, {@code maxAcceleration}, how fast
 * a wheel's speed may change, in m/s² ({@link #UNLIMITED}: at once), and its {@code battery}.
 */
public record BodySpec(double radius, double wheelBase, double maxWheelSpeed, double maxAcceleration,
        BatterySpec battery) {

    /** A wheel acceleration without limit: a wheel turns at the commanded speed from the next step on. */
    public static final double UNLIMITED = Double.POSITIVE_INFINITY;

    private static final BodySpec DEFAULTS = new BodySpec(0.15, 0.25, 0.5);

    /** Checks that every quantity is positive (the acceleration may be {@link #UNLIMITED}). */
    public BodySpec {
        Finite.requirePositive("body radius", radius, "m");
        Finite.requirePositive("body wheel base", wheelBase, "m");
        Finite.requirePositive("body max wheel speed", maxWheelSpeed, "m/s");
        if (!(maxAcceleration > 0)) {
            throw new IllegalArgumentException("body max acceleration must be positive, got " + maxAcceleration
                    + " m/s²");
        }
        Objects.requireNonNull(battery, "battery");
    }

    /** A body with unlimited acceleration and the default (free) battery. */
    public BodySpec(double radius, double wheelBase, double maxWheelSpeed) {
        this(radius, wheelBase, maxWheelSpeed, UNLIMITED, BatterySpec.defaults());
    }

    /**
     * A small robot: radius 0.15 m, wheel base 0.25 m, max wheel speed 0.5 m/s, unlimited acceleration, a free
     * battery.
     */
    public static BodySpec defaults() {
        return DEFAULTS;
    }

    /** This build with another acceleration limit, m/s². */
    public BodySpec withMaxAcceleration(double metresPerSecondSquared) {
        return new BodySpec(radius, wheelBase, maxWheelSpeed, metresPerSecondSquared, battery);
    }

    /** This build with another battery. */
    public BodySpec withBattery(BatterySpec newBattery) {
        return new BodySpec(radius, wheelBase, maxWheelSpeed, maxAcceleration, newBattery);
    }
}

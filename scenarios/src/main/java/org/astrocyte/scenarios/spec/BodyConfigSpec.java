package org.astrocyte.scenarios.spec;

/**
 * The build of an agent's body: a circular differential-drive robot. The defaults are the body every scenario had
 * before bodies were configurable.
 *
 * @param radius          metres, 0.01 to 10 (default 0.15)
 * @param wheelBase       distance between the wheels, metres, 0.01 to 20 (default 0.25)
 * @param maxWheelSpeed   fastest wheel speed, m/s, 0.01 to 100 (default 0.5)
 * @param maxAcceleration how fast a wheel's speed may change, m/s², 0.01 to 1e6; absent: at once (the default)
 * @param energy          the battery (default: 100 units that nothing drains)
 */
public record BodyConfigSpec(Double radius, Double wheelBase, Double maxWheelSpeed, Double maxAcceleration,
        BatteryConfigSpec energy) {

    public BodyConfigSpec {
        radius = radius == null ? 0.15 : radius;
        Checks.inRange("body radius", radius, 0.01, 10);
        wheelBase = wheelBase == null ? 0.25 : wheelBase;
        Checks.inRange("body wheelBase", wheelBase, 0.01, 20);
        maxWheelSpeed = maxWheelSpeed == null ? 0.5 : maxWheelSpeed;
        Checks.inRange("body maxWheelSpeed", maxWheelSpeed, 0.01, 100);
        if (maxAcceleration != null) {
            Checks.inRange("body maxAcceleration", maxAcceleration, 0.01, 1e6);
        }
        energy = energy == null ? BatteryConfigSpec.defaults() : energy;
    }

    /** The default body: radius 0.15 m, wheel base 0.25 m, 0.5 m/s, unlimited acceleration, a free battery. */
    public static BodyConfigSpec defaults() {
        return new BodyConfigSpec(null, null, null, null, null);
    }
}

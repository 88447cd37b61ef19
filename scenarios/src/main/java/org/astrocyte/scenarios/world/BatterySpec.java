package org.astrocyte.scenarios.world;

/**
 * A body's energy store, in energy units (abstract units, like joules): it holds at most {@code capacity} and starts
 * with {@code initial}. Driving costs {@code costPerMetre} per metre of mean wheel travel ((|left| + |right|) / 2 ×
 * time, so that turning on the spot costs too and pushing against a wall still costs), living costs
 * {@code idleCostPerSecond} per second of world time; food and hazards add and drain on top. At 0 the body is
 * exhausted and its wheels stop.
 */
public record BatterySpec(double capacity, double initial, double costPerMetre, double idleCostPerSecond) {

    private static final BatterySpec DEFAULTS = new BatterySpec(100, 100, 0, 0);

    /** Checks that the capacity is positive, the initial charge within [0, capacity] and the costs not negative. */
    public BatterySpec {
        Finite.requirePositive("battery capacity", capacity, "energy units");
        Finite.requireNonNegative("battery initial energy", initial, "energy units");
        if (initial > capacity) {
            throw new IllegalArgumentException("battery initial energy " + initial + " exceeds the capacity "
                    + capacity);
        }
        Finite.requireNonNegative("battery cost per metre", costPerMetre, "energy units/m");
        Finite.requireNonNegative("battery idle cost per second", idleCostPerSecond, "energy units/s");
    }

    /** 100 units, full, and free: moving and living cost nothing, so a body never tires. */
    public static BatterySpec defaults() {
        return DEFAULTS;
    }
}

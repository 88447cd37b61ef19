package org.astrocyte.scenarios.spec;

/**
 * An agent's energy store, in energy units (abstract, like joules). The defaults cost nothing, so that a body never
 * tires unless a scenario says so.
 *
 * @param capacity          the most it holds, above 0 up to 1e9 (default 100)
 * @param initial           what it holds at the start, 0 to capacity (default: full)
 * @param costPerMetre      energy per metre of mean wheel travel, 0 to 1e6 (default 0); turning on the spot costs
 * @param idleCostPerSecond energy per simulated second, moving or not, 0 to 1e6 (default 0)
 */
public record BatteryConfigSpec(Double capacity, Double initial, Double costPerMetre, Double idleCostPerSecond) {

    public BatteryConfigSpec {
        capacity = capacity == null ? 100.0 : capacity;
        Checks.inRange("energy capacity", capacity, 0.001, 1e9);
        initial = initial == null ? capacity : initial;
        Checks.inRange("energy initial", initial, 0, capacity);
        costPerMetre = costPerMetre == null ? 0.0 : costPerMetre;
        Checks.inRange("energy costPerMetre", costPerMetre, 0, 1e6);
        idleCostPerSecond = idleCostPerSecond == null ? 0.0 : idleCostPerSecond;
        Checks.inRange("energy idleCostPerSecond", idleCostPerSecond, 0, 1e6);
    }

    /** 100 units, full, free. */
    public static BatteryConfigSpec defaults() {
        return new BatteryConfigSpec(null, null, null, null);
    }
}

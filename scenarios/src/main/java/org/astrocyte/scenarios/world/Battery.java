package org.astrocyte.scenarios.world;

/** The energy a body holds now, in energy units, within [0, capacity]; see {@link BatterySpec}. */
final class Battery {

    private final double capacity;
    private double level;

    Battery(BatterySpec spec) {
        this.capacity = spec.capacity();
        this.level = spec.initial();
    }

    double level() {
        return level;
    }

    /** The level as a fraction of the capacity, 0 to 1. */
    double fraction() {
        return level / capacity;
    }

    boolean empty() {
        return level <= 0;
    }

    /** Takes {@code amount} (clipped at empty); returns whether this emptied a battery that was not empty. */
    boolean drain(double amount) {
        if (amount <= 0 || level <= 0) {
            return false;
        }
        level = Math.max(0, level - amount);
        return level == 0;
    }

    /** Adds {@code amount}, clipped at the capacity. */
    void charge(double amount) {
        level = Math.min(capacity, level + amount);
    }
}

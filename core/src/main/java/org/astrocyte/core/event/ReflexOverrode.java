package org.astrocyte.core.event;

/**
 * The reflex took the wheels from the planner: the hazard signal that triggered it (the hazard neurons' rate in Hz)
 * and the wheel speeds it commanded (m/s).
 */
public record ReflexOverrode(Stamp stamp, String controller, double hazardRateHz, double leftWheel,
        double rightWheel) implements Event {
    @Override
    public String topic() {
        return Topics.REFLEX;
    }
}

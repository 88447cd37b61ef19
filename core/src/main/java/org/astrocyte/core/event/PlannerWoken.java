package org.astrocyte.core.event;

/**
 * The fast loop woke the planner before its next scheduled turn, for {@code reason} (stuck, goal_reached, hazard,
 * energy_low); the turn starts in the same tick.
 */
public record PlannerWoken(Stamp stamp, String reason) implements Event {
    @Override
    public String topic() {
        return Topics.PLANNER;
    }
}

package org.astrocyte.core.event;

/**
 * A scripted event of the scenario's timeline took effect: {@code action} (e.g. add_obstacle, cut_planner) and a
 * readable {@code detail}; the stamp's agent is the agent it concerns, or the world.
 */
public record TimelineEventApplied(Stamp stamp, String action, String detail) implements Event {
    @Override
    public String topic() {
        return Topics.WORLD;
    }
}

package org.astrocyte.core.event;

/**
 * A planner's decision took effect after its simulated latency, {@code latencyMs} simulated milliseconds after the
 * call began: the goal it set ({@code goalX}, {@code goalY}, metres) applies from now on, or, when {@code stopped},
 * the body has no goal any more (the coordinates are then where it stood).
 */
public record PlannerDecisionApplied(Stamp stamp, double goalX, double goalY, boolean stopped, double latencyMs)
        implements Event {
    @Override
    public String topic() {
        return Topics.PLANNER;
    }
}

package org.astrocyte.core.event;

/**
 * A planner's decision took effect after its simulated latency: the goal it set ({@code goalX}, {@code goalY},
 * metres) applies from now on, {@code latencyMs} simulated milliseconds after the call began.
 */
public record PlannerDecisionApplied(Stamp stamp, double goalX, double goalY, double latencyMs) implements Event {
    @Override
    public String topic() {
        return Topics.PLANNER;
    }
}

package org.astrocyte.scenarios.run;

/**
 * One agent's figures at the end of a run; {@code costUsd} is priced by the planner's budget (0 without a price),
 * {@code plannerSkipped} counts turns its budget refused, {@code plannerWoken} the turns the fast loop started out of
 * schedule (stuck, goal reached, hazard, energy low), and {@code budgetExhausted} says why the planner stopped
 * for good (null if it never did).
 */
public record AgentSummary(String id, String reflex, String model, int foodCollected, int collisions,
        int plannerCalls, int plannerFailures, int toolCalls, int failedToolCalls, int reflexOverrides,
        long spikes, long inputTokens, long outputTokens, double costUsd, int plannerSkipped, int plannerWoken,
        String budgetExhausted) {
}

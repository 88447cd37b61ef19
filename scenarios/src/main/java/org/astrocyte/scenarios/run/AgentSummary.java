package org.astrocyte.scenarios.run;

/** One agent's figures at the end of a run. */
public record AgentSummary(String id, String reflex, String model, int foodCollected, int collisions,
        int plannerCalls, int plannerFailures, int toolCalls, int failedToolCalls, int reflexOverrides,
        long spikes, long inputTokens, long outputTokens) {
}

package org.astrocyte.agents.planner;

/**
 * The outcome of one planner turn: its final reply, tool calls made, token counts (estimated for the offline
 * planner), the error if the turn failed (null on success), and the retries it took with the backoff they cost in
 * simulated time (µs), which the runner adds to the turn's latency.
 */
public record PlannerTurn(String reply, int toolCalls, int inputTokens, int outputTokens, String error, int retries,
        long backoffMicros) {

    /** True if the model answered; false if the call failed and the reflex alone kept driving. */
    public boolean succeeded() {
        return error == null;
    }
}

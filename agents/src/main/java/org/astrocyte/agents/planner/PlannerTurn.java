package org.astrocyte.agents.planner;

/**
 * The outcome of one planner turn: its final reply, tool calls made, token counts (estimated for the offline
 * planner), and the error if the turn failed (null on success).
 */
public record PlannerTurn(String reply, int toolCalls, int inputTokens, int outputTokens, String error) {

    /** True if the model answered; false if the call failed and the reflex alone kept driving. */
    public boolean succeeded() {
        return error == null;
    }
}

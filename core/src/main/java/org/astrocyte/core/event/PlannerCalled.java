package org.astrocyte.core.event;

/**
 * The planner finished one turn: the model it used, the number of tool calls it made, its final reply, and the
 * token counts the provider reported (estimated for the offline planner). {@code error} is null on success.
 */
public record PlannerCalled(Stamp stamp, String model, int toolCalls, String reply, int inputTokens,
        int outputTokens, String error) implements Event {
    @Override
    public String topic() {
        return Topics.PLANNER;
    }
}

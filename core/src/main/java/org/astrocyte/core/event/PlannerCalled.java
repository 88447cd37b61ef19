package org.astrocyte.core.event;

/**
 * The planner finished one turn: the model it used, the number of tool calls it made, its final reply, and the
 * token counts the provider reported (estimated for the offline planner). {@code error} is null on success;
 * {@code retries} is how many times a failed call was retried (429, 5xx, timeout) and {@code backoffMs} the
 * simulated time the retries waited.
 */
public record PlannerCalled(Stamp stamp, String model, int toolCalls, String reply, int inputTokens,
        int outputTokens, String error, int retries, double backoffMs) implements Event {
    @Override
    public String topic() {
        return Topics.PLANNER;
    }
}

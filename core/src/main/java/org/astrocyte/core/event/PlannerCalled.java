package org.astrocyte.core.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The planner finished one turn: the model it used, the number of tool calls it made, its final reply, and the
 * token counts the provider reported (estimated for the offline planner). {@code error} is null on success;
 * {@code retries} is how many times a failed call was retried (429, 5xx, timeout) and {@code backoffMs} the
 * simulated time the retries waited; {@code costUsd} prices the tokens (0 without a price table). In JSON the fields that OpenTelemetry's GenAI semantic conventions define
 * carry their names ({@code gen_ai.operation.name} {@code chat}, {@code gen_ai.request.model},
 * {@code gen_ai.usage.input_tokens}, {@code gen_ai.usage.output_tokens}), so that tools that know the conventions
 * read the trace as they read spans.
 */
@JsonIgnoreProperties(value = "gen_ai.operation.name", allowGetters = true)
public record PlannerCalled(Stamp stamp, @JsonProperty("gen_ai.request.model") String model, int toolCalls,
        String reply, @JsonProperty("gen_ai.usage.input_tokens") int inputTokens,
        @JsonProperty("gen_ai.usage.output_tokens") int outputTokens, String error, int retries, double backoffMs,
        double costUsd) implements Event {

    /** The GenAI operation of a planner turn. */
    public static final String OPERATION = "chat";

    /** Always {@value #OPERATION}. */
    @JsonProperty("gen_ai.operation.name")
    public String operationName() {
        return OPERATION;
    }

    @Override
    public String topic() {
        return Topics.PLANNER;
    }
}

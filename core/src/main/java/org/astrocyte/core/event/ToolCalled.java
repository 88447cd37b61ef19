package org.astrocyte.core.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The planner called a tool with JSON {@code arguments}; {@code ok} is false when the call was rejected. In JSON the
 * fields carry the names of OpenTelemetry's GenAI semantic conventions ({@code gen_ai.operation.name}
 * {@code execute_tool}, {@code gen_ai.tool.name}, {@code gen_ai.tool.call.arguments},
 * {@code gen_ai.tool.call.result}).
 */
@JsonIgnoreProperties(value = "gen_ai.operation.name", allowGetters = true)
public record ToolCalled(Stamp stamp, @JsonProperty("gen_ai.tool.name") String tool,
        @JsonProperty("gen_ai.tool.call.arguments") String arguments,
        @JsonProperty("gen_ai.tool.call.result") String result, boolean ok) implements Event {

    /** The GenAI operation of a tool call. */
    public static final String OPERATION = "execute_tool";

    /** Always {@value #OPERATION}. */
    @JsonProperty("gen_ai.operation.name")
    public String operationName() {
        return OPERATION;
    }

    @Override
    public String topic() {
        return Topics.TOOLS;
    }
}

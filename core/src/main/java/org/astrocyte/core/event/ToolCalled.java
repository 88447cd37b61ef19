package org.astrocyte.core.event;

/** The planner called a tool with JSON {@code arguments}; {@code ok} is false when the call was rejected. */
public record ToolCalled(Stamp stamp, String tool, String arguments, String result, boolean ok) implements Event {
    @Override
    public String topic() {
        return Topics.TOOLS;
    }
}

package org.astrocyte.core.event;

/** An agent (the stamp's) sent {@code text} to the agent {@code to}, or to every other agent when it is null. */
public record MessageSent(Stamp stamp, String to, String text) implements Event {
    @Override
    public String topic() {
        return Topics.MESSAGES;
    }
}

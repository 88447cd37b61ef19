package org.astrocyte.core.event;

/** A run began. {@code durationSeconds} is simulated time. */
public record RunStarted(Stamp stamp, String scenario, long seed, double durationSeconds) implements Event {
    @Override
    public String topic() {
        return Topics.RUN;
    }
}

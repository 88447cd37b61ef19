package org.astrocyte.core.event;

/** A run ended after {@code simulatedSeconds} of simulated time. */
public record RunFinished(Stamp stamp, double simulatedSeconds) implements Event {
    @Override
    public String topic() {
        return Topics.RUN;
    }
}

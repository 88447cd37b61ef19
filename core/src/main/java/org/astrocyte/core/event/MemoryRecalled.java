package org.astrocyte.core.event;

/** A recall from a cue returned {@code hits} episodes; {@code bestOverlap} is the top overlap in bits. */
public record MemoryRecalled(Stamp stamp, String cue, int hits, int bestOverlap) implements Event {
    @Override
    public String topic() {
        return Topics.MEMORY;
    }
}

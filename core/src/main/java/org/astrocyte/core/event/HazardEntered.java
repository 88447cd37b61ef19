package org.astrocyte.core.event;

/** A body entered the hazard {@code hazardId}, which drains its energy while it stays inside. */
public record HazardEntered(Stamp stamp, String hazardId, double x, double y) implements Event {
    @Override
    public String topic() {
        return Topics.WORLD;
    }
}

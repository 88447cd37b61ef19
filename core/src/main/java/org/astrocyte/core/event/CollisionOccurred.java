package org.astrocyte.core.event;

/** A body touched a wall or an obstacle ({@code with}) at ({@code x}, {@code y}) metres. */
public record CollisionOccurred(Stamp stamp, String with, double x, double y) implements Event {
    @Override
    public String topic() {
        return Topics.WORLD;
    }
}

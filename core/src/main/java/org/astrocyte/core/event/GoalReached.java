package org.astrocyte.core.event;

/** A body entered the goal region {@code goalId}, whose centre is at ({@code x}, {@code y}) metres. */
public record GoalReached(Stamp stamp, String goalId, double x, double y) implements Event {
    @Override
    public String topic() {
        return Topics.WORLD;
    }
}

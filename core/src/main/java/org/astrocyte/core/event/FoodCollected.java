package org.astrocyte.core.event;

/** An agent ate the food item {@code foodId} at ({@code x}, {@code y}) metres. */
public record FoodCollected(Stamp stamp, int foodId, double x, double y) implements Event {
    @Override
    public String topic() {
        return Topics.WORLD;
    }
}

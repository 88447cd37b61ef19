package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * What happened during one {@link World#step(double)}: the contacts that began and the food that was eaten, in the
 * order the bodies were added. Most steps report nothing and return {@link #EMPTY}.
 */
public record StepReport(List<Collision> collisions, List<FoodEaten> eaten) {

    /** The report of a step in which nothing happened; shared, so that quiet steps allocate nothing. */
    public static final StepReport EMPTY = new StepReport(List.of(), List.of());

    /** Copies both lists into unmodifiable ones. */
    public StepReport {
        collisions = List.copyOf(collisions);
        eaten = List.copyOf(eaten);
    }

    /** Whether nothing happened. */
    public boolean isEmpty() {
        return collisions.isEmpty() && eaten.isEmpty();
    }

    /**
     * Body {@code bodyId} began touching {@code with} (an obstacle id, or "wall-west", "wall-east", "wall-south",
     * "wall-north"); ({@code x}, {@code y}) is the point touched on that surface, in metres.
     */
    public record Collision(String bodyId, String with, double x, double y) {
    }

    /** Body {@code bodyId} ate food item {@code foodId}, which lies at ({@code x}, {@code y}) metres. */
    public record FoodEaten(String bodyId, int foodId, double x, double y) {
    }
}

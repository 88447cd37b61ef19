package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * What happened during one {@link World#step(double)}, in the order the bodies were added: the contacts that began
 * (with walls, obstacles and other bodies), the food that was eaten, the goal regions reached, the hazard regions
 * entered and the bodies that ran out of energy. Most steps report nothing and return {@link #EMPTY}.
 */
public record StepReport(List<Collision> collisions, List<FoodEaten> eaten, List<GoalReached> goalsReached,
        List<HazardEntered> hazardsEntered, List<Exhausted> exhausted) {

    /** The report of a step in which nothing happened; shared, so that quiet steps allocate nothing. */
    public static final StepReport EMPTY = new StepReport(List.of(), List.of(), List.of(), List.of(), List.of());

    /** Copies every list into an unmodifiable one. */
    public StepReport {
        collisions = List.copyOf(collisions);
        eaten = List.copyOf(eaten);
        goalsReached = List.copyOf(goalsReached);
        hazardsEntered = List.copyOf(hazardsEntered);
        exhausted = List.copyOf(exhausted);
    }

    /** A report of collisions and food only. */
    public StepReport(List<Collision> collisions, List<FoodEaten> eaten) {
        this(collisions, eaten, List.of(), List.of(), List.of());
    }

    /** Whether nothing happened. */
    public boolean isEmpty() {
        return collisions.isEmpty() && eaten.isEmpty() && goalsReached.isEmpty() && hazardsEntered.isEmpty()
                && exhausted.isEmpty();
    }

    /**
     * Body {@code bodyId} began touching {@code with}: an obstacle id, "wall-west", "wall-east", "wall-south",
     * "wall-north", or, when {@code withBody}, the id of another body (which reports the same contact from its side);
     * ({@code x}, {@code y}) is the point touched on that surface, in metres.
     */
    public record Collision(String bodyId, String with, double x, double y, boolean withBody) {

        /** A collision with a wall or an obstacle. */
        public Collision(String bodyId, String with, double x, double y) {
            this(bodyId, with, x, y, false);
        }
    }

    /** Body {@code bodyId} ate food item {@code foodId}, which lies at ({@code x}, {@code y}) metres. */
    public record FoodEaten(String bodyId, int foodId, double x, double y) {
    }

    /**
     * The centre of body {@code bodyId} entered goal region {@code goalId}; ({@code x}, {@code y}) is where the
     * centre was then, in metres. Reported once per entry: again only after it has left.
     */
    public record GoalReached(String bodyId, String goalId, double x, double y) {
    }

    /**
     * The centre of body {@code bodyId} entered hazard region {@code hazardId} at ({@code x}, {@code y}) metres.
     * Reported once per entry; the region drains energy for as long as the body stays.
     */
    public record HazardEntered(String bodyId, String hazardId, double x, double y) {
    }

    /** Body {@code bodyId} ran out of energy at ({@code x}, {@code y}) metres: its wheels stop. */
    public record Exhausted(String bodyId, double x, double y) {
    }
}

package org.astrocyte.scenarios.spec;

/** What a scripted timeline event does. */
public enum TimelineAction {
    /** Puts {@code obstacle} into the arena. */
    ADD_OBSTACLE,
    /** Moves the obstacle {@code target} to ({@code x}, {@code y}). */
    MOVE_OBSTACLE,
    /** Takes the obstacle {@code target} out of the arena. */
    REMOVE_OBSTACLE,
    /** Eats up every food item (they regrow as usual). */
    DEPLETE_FOOD,
    /** Sets the range-sensor noise of {@code agent} (or every agent) to {@code noise} metres. */
    SENSOR_NOISE,
    /** Cuts the planner of {@code agent} (or every agent) for {@code duration} seconds: a simulated outage. */
    CUT_PLANNER,
    /** Gives {@code agent} (or every agent) the goal ({@code x}, {@code y}), as if its planner had set it. */
    SET_GOAL
}

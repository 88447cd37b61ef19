package org.astrocyte.scenarios.spec;

/**
 * A figure a scenario can declare, computed for each agent and for the team. The team's value is the sum over
 * agents, except for {@link #TIME_TO_GOAL} (the time the last agent reached a goal) and {@link #ENERGY} (the mean).
 */
public enum Metric {
    /** Food items eaten. */
    FOOD_COLLECTED,
    /** Contacts with walls, obstacles or other bodies that began. */
    COLLISIONS,
    /** Goal regions entered; NaN in a world without goal regions. */
    GOALS_REACHED,
    /**
     * Simulated seconds until the agent first entered a goal region; the run's duration if it never did; NaN in a
     * world without goal regions.
     */
    TIME_TO_GOAL,
    /** Battery level at the end, 0 to 1. */
    ENERGY,
    /** Metres driven. */
    DISTANCE_TRAVELLED,
    /** Planner turns that ran. */
    PLANNER_CALLS,
    /** Times a reflex took over from the planner. */
    OVERRIDES,
    /** Planner turns the fast loop started out of schedule. */
    PLANNER_WOKEN,
    /** Hazards entered. */
    HAZARDS_ENTERED
}

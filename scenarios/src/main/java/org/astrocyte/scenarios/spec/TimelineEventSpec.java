package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A scripted event: at simulated time {@code at}, or once {@code when} holds, the world or an agent is changed by
 * {@code action}. Exactly one of {@code at} and {@code when}. The other fields are the action's arguments; those it
 * does not use must be absent, so that a misplaced argument is an error rather than silently ignored.
 *
 * @param at       simulated seconds from the start
 * @param when     a condition on a metric
 * @param action   what happens
 * @param agent    the agent it concerns (sensor_noise, cut_planner, set_goal); absent: every agent
 * @param obstacle the obstacle to add (add_obstacle)
 * @param target   the id of the obstacle to move or remove
 * @param x        where to (move_obstacle, set_goal), metres
 * @param y        where to (move_obstacle, set_goal), metres
 * @param noise    the new noise of the range readings, metres (sensor_noise)
 * @param duration how long the planner stays cut, seconds (cut_planner)
 */
public record TimelineEventSpec(Double at, ConditionSpec when, @JsonProperty(required = true) TimelineAction action,
        String agent, ObstacleSpec obstacle, String target, Double x, Double y, Double noise, Double duration) {

    public TimelineEventSpec {
        if ((at == null) == (when == null)) {
            throw new IllegalArgumentException("a timeline event needs exactly one of 'at' (seconds) and 'when' "
                    + "(a condition)");
        }
        if (action == null) {
            throw new IllegalArgumentException("a timeline event needs an action (one of add_obstacle, "
                    + "move_obstacle, remove_obstacle, deplete_food, sensor_noise, cut_planner, set_goal)");
        }
        if (at != null) {
            Checks.inRange("at", at, 0, ScenarioSpec.MAX_DURATION);
        }
        switch (action) {
            case ADD_OBSTACLE:
                require(action, obstacle != null, "obstacle");
                only(action, agent == null && target == null && x == null && y == null && noise == null
                        && duration == null, "obstacle");
                break;
            case MOVE_OBSTACLE:
                require(action, target != null && x != null && y != null, "target, x and y");
                only(action, agent == null && obstacle == null && noise == null && duration == null, "target, x and y");
                break;
            case REMOVE_OBSTACLE:
                require(action, target != null, "target");
                only(action, agent == null && obstacle == null && x == null && y == null && noise == null
                        && duration == null, "target");
                break;
            case DEPLETE_FOOD:
                only(action, agent == null && obstacle == null && target == null && x == null && y == null
                        && noise == null && duration == null, "nothing");
                break;
            case SENSOR_NOISE:
                require(action, noise != null, "noise");
                Checks.inRange("noise", noise, 0, 10);
                only(action, obstacle == null && target == null && x == null && y == null && duration == null,
                        "agent and noise");
                break;
            case CUT_PLANNER:
                require(action, duration != null, "duration");
                Checks.inRange("duration", duration, 0.001, ScenarioSpec.MAX_DURATION);
                only(action, obstacle == null && target == null && x == null && y == null && noise == null,
                        "agent and duration");
                break;
            case SET_GOAL:
                require(action, x != null && y != null, "x and y");
                only(action, obstacle == null && target == null && noise == null && duration == null, "agent, x and y");
                break;
            default:
                throw new IllegalArgumentException("unknown timeline action " + action);
        }
    }

    private static String name(TimelineAction action) {
        return action.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void require(TimelineAction action, boolean present, String fields) {
        if (!present) {
            throw new IllegalArgumentException("action " + name(action) + " needs " + fields);
        }
    }

    private static void only(TimelineAction action, boolean nothingElse, String fields) {
        if (!nothingElse) {
            throw new IllegalArgumentException("action " + name(action) + " takes only " + fields
                    + " (besides at or when)");
        }
    }

    /** When it fires, readably: "at 30 s" or "when food_collected of scout >= 3". */
    public String trigger() {
        return at != null ? "at " + at + " s" : "when " + when.describe();
    }
}

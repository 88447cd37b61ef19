package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A circular goal region, centre and radius in metres: an agent whose centre enters it has reached it.
 *
 * @param id names it in events (default "goal-N", N counting from 1)
 */
public record GoalSpec(String id, @JsonProperty(required = true) Double x, @JsonProperty(required = true) Double y,
        @JsonProperty(required = true) Double radius) {

    public GoalSpec {
        String name = id == null ? "goal" : "goal '" + id + "'";
        Checks.inRange(name + " x", x, -1e6, 1e6);
        Checks.inRange(name + " y", y, -1e6, 1e6);
        Checks.inRange(name + " radius", radius, 0.01, 1000);
    }

    GoalSpec withId(String newId) {
        return new GoalSpec(newId, x, y, radius);
    }
}

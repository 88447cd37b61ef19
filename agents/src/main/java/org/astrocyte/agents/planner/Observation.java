package org.astrocyte.agents.planner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the planner is told about its agent at the start of a turn, rendered as JSON in the user message so that
 * any LLM, and the offline planner, can read it. Positions in metres, times in simulated seconds.
 *
 * @param agent            the agent's id
 * @param timeS            simulated time
 * @param x                position
 * @param y                position
 * @param headingDeg       heading, degrees counter-clockwise from +x
 * @param arenaWidth       arena size
 * @param arenaHeight      arena size
 * @param goal             the current navigation goal, or null
 * @param foodVisible      food items within sight, nearest first
 * @param foodCollected    food eaten so far
 * @param collisions       collisions so far
 * @param reflexOverrides  times the reflex took over since the last turn
 * @param movedSinceLastM  distance travelled since the last turn
 * @param messages         messages from other agents since the last turn, oldest first
 * @param goalRegions      centres of the goal regions the agent has still to reach, nearest first
 * @param energy           battery level, 0 (empty) to 1 (full)
 * @param wokenBy          why the fast loop woke the planner for this turn (stuck, goal_reached, hazard,
 *                         energy_low); null for a scheduled turn
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Observation(String agent, double timeS, double x, double y, double headingDeg, double arenaWidth,
        double arenaHeight, Point goal, List<Point> foodVisible, int foodCollected, int collisions,
        int reflexOverrides, double movedSinceLastM, List<Message> messages, List<Point> goalRegions, double energy,
        String wokenBy) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Observation {
        foodVisible = List.copyOf(foodVisible);
        messages = messages == null ? List.of() : List.copyOf(messages);
        goalRegions = goalRegions == null ? List.of() : List.copyOf(goalRegions);
    }

    /** An observation of a body without goal regions, on a full battery, at a scheduled turn. */
    public Observation(String agent, double timeS, double x, double y, double headingDeg, double arenaWidth,
            double arenaHeight, Point goal, List<Point> foodVisible, int foodCollected, int collisions,
            int reflexOverrides, double movedSinceLastM, List<Message> messages) {
        this(agent, timeS, x, y, headingDeg, arenaWidth, arenaHeight, goal, foodVisible, foodCollected, collisions,
                reflexOverrides, movedSinceLastM, messages, List.of(), 1.0, null);
    }

    /** A message another agent sent: who, and what it said. */
    public record Message(String from, String text) {
    }

    /** A point in the arena, metres. */
    public record Point(double x, double y) {
        /** Distance to ({@code px}, {@code py}) in metres. */
        public double distanceTo(double px, double py) {
            return Math.hypot(x - px, y - py);
        }
    }

    /** The observation as compact JSON with snake_case keys and values rounded to centimetres. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(rounded());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an observation from the JSON that {@link #toJson} wrote. */
    public static Observation fromJson(String json) {
        try {
            return JSON.readValue(json, Observation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an observation: " + e.getOriginalMessage(), e);
        }
    }

    private Observation rounded() {
        return new Observation(agent, r(timeS), r(x), r(y), Math.round(headingDeg), arenaWidth, arenaHeight,
                goal == null ? null : new Point(r(goal.x), r(goal.y)),
                foodVisible.stream().map(p -> new Point(r(p.x), r(p.y))).toList(),
                foodCollected, collisions, reflexOverrides, r(movedSinceLastM), messages,
                goalRegions.stream().map(p -> new Point(r(p.x), r(p.y))).toList(), r(energy), wokenBy);
    }

    private static double r(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

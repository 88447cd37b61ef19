package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.astrocyte.scenarios.world.Arena;

/**
 * A rectangular arena with walls on its four sides, from (0, 0) to (width, height) metres, and what lies in it:
 * obstacles (circles or polygons, fixed or moving), light and chemical sources, hazard and goal regions. Each item
 * without an id gets "obstacle-N", "light-N", "chemical-N", "hazard-N" or "goal-N" (N counting from 1 in its list);
 * ids are unique within a list, and everything must lie inside the walls (a moving obstacle all along its path).
 */
public record ArenaSpec(@JsonProperty(required = true) Double width, @JsonProperty(required = true) Double height,
        List<ObstacleSpec> obstacles, List<LightSpec> lights, List<ChemicalSpec> chemicals, List<HazardSpec> hazards,
        List<GoalSpec> goals) {

    /** Most obstacles in one arena. */
    public static final int MAX_OBSTACLES = 1000;
    /** Most light sources, chemical sources, hazards or goals (each) in one arena. */
    public static final int MAX_OF_A_KIND = 100;

    public ArenaSpec {
        Checks.inRange("width", width, 1, 1000);
        Checks.inRange("height", height, 1, 1000);
        obstacles = named(obstacles, "obstacle", MAX_OBSTACLES, ObstacleSpec::id, ObstacleSpec::withId);
        lights = named(lights, "light", MAX_OF_A_KIND, LightSpec::id, LightSpec::withId);
        chemicals = named(chemicals, "chemical", MAX_OF_A_KIND, ChemicalSpec::id, ChemicalSpec::withId);
        hazards = named(hazards, "hazard", MAX_OF_A_KIND, HazardSpec::id, HazardSpec::withId);
        goals = named(goals, "goal", MAX_OF_A_KIND, GoalSpec::id, GoalSpec::withId);
        // The world's own checks: simple polygons, paths that move, everything inside the walls along its path.
        new Arena(width, height, obstacles.stream().map(ObstacleSpec::toObstacle).toList());
        for (LightSpec l : lights) {
            requirePoint("light '" + l.id() + "'", l.x(), l.y(), width, height);
        }
        for (ChemicalSpec c : chemicals) {
            requirePoint("chemical '" + c.id() + "'", c.x(), c.y(), width, height);
        }
        for (HazardSpec h : hazards) {
            requirePoint("hazard '" + h.id() + "' centre", h.x(), h.y(), width, height);
        }
        for (GoalSpec g : goals) {
            requirePoint("goal '" + g.id() + "' centre", g.x(), g.y(), width, height);
        }
    }

    private static void requirePoint(String what, double x, double y, double width, double height) {
        if (x < 0 || x > width || y < 0 || y > height) {
            throw new IllegalArgumentException(what + " at (" + x + ", " + y + ") lies outside the " + width + " x "
                    + height + " m arena");
        }
    }

    /** An arena with obstacles only. */
    public ArenaSpec(Double width, Double height, List<ObstacleSpec> obstacles) {
        this(width, height, obstacles, null, null, null, null);
    }

    /** {@code items} (none if null) with an id each ("kind-N" if missing), at most {@code max}, ids unique. */
    private static <T> List<T> named(List<T> items, String kind, int max, Function<T, String> id,
            BiFunction<T, String, T> withId) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > max) {
            throw new IllegalArgumentException("at most " + max + " " + kind + "s, got " + items.size());
        }
        List<T> named = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                throw new IllegalArgumentException(kind + " " + (i + 1) + " is empty");
            }
            T withName = id.apply(item) != null ? item : withId.apply(item, kind + "-" + (i + 1));
            String name = id.apply(withName);
            Checks.notBlank(kind + " " + (i + 1) + " id", name);
            if (ids.contains(name)) {
                throw new IllegalArgumentException("two " + kind + "s have the id '" + name + "'");
            }
            ids.add(name);
            named.add(withName);
        }
        return List.copyOf(named);
    }
}

package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** A rectangular arena with walls on its four sides, from (0, 0) to (width, height) metres. */
public record ArenaSpec(@JsonProperty(required = true) Double width, @JsonProperty(required = true) Double height,
        List<ObstacleSpec> obstacles) {

    /** Most obstacles in one arena. */
    public static final int MAX_OBSTACLES = 1000;

    public ArenaSpec {
        Checks.inRange("width", width, 1, 1000);
        Checks.inRange("height", height, 1, 1000);
        obstacles = obstacles == null ? List.of() : obstacles;
        if (obstacles.size() > MAX_OBSTACLES) {
            throw new IllegalArgumentException("at most " + MAX_OBSTACLES + " obstacles, got " + obstacles.size());
        }
        List<ObstacleSpec> named = new ArrayList<>();
        for (int i = 0; i < obstacles.size(); i++) {
            ObstacleSpec o = obstacles.get(i);
            named.add(o.id() != null ? o : new ObstacleSpec("obstacle-" + (i + 1), o.x(), o.y(), o.radius()));
        }
        obstacles = List.copyOf(named);
    }
}

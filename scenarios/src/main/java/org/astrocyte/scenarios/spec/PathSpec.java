package org.astrocyte.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.astrocyte.scenarios.world.ObstaclePath;
import org.astrocyte.scenarios.world.PathMode;
import org.astrocyte.scenarios.world.Vec2;

/**
 * The path of a moving obstacle: from where the obstacle is written, its anchor (a circle's centre, a polygon's first
 * vertex) visits the waypoints in order along straight lines at a constant speed, then repeats as {@code mode} says.
 * The obstacle is moved, never turned.
 *
 * @param waypoints 1 to {@value #MAX_WAYPOINTS} points the anchor visits, metres
 * @param speed     metres per second, from {@value #MIN_SPEED} to {@value #MAX_SPEED}
 * @param mode      loop (default) or ping_pong
 */
public record PathSpec(@JsonProperty(required = true) List<PointSpec> waypoints,
        @JsonProperty(required = true) Double speed, PathKind mode) {

    /** Most waypoints in one path. */
    public static final int MAX_WAYPOINTS = 100;
    /** Slowest path, m/s. */
    public static final double MIN_SPEED = 0.001;
    /** Fastest path, m/s. */
    public static final double MAX_SPEED = 10;

    public PathSpec {
        if (waypoints == null || waypoints.isEmpty() || waypoints.size() > MAX_WAYPOINTS) {
            throw new IllegalArgumentException("path waypoints must list 1 to " + MAX_WAYPOINTS + " points, got "
                    + (waypoints == null ? 0 : waypoints.size()));
        }
        waypoints = List.copyOf(waypoints);
        Checks.inRange("path speed", speed, MIN_SPEED, MAX_SPEED);
        mode = mode == null ? PathKind.LOOP : mode;
    }

    /** The world's path this describes. */
    public ObstaclePath toPath() {
        return new ObstaclePath(waypoints.stream().map(p -> new Vec2(p.x(), p.y())).toList(), speed,
                mode == PathKind.PING_PONG ? PathMode.PING_PONG : PathMode.LOOP);
    }
}

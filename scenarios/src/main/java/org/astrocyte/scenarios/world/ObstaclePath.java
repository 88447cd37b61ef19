package org.astrocyte.scenarios.world;

import java.util.List;
import java.util.Objects;

/**
 * The path of a moving obstacle: its anchor starts where the obstacle is written, visits the {@code waypoints} (metres)
 * in order along straight segments at a constant {@code speed} (m/s), and then repeats as {@code mode} says. The
 * position is a function of the time since the obstacle was placed, so it never drifts however the world is stepped.
 */
public record ObstaclePath(List<Vec2> waypoints, double speed, PathMode mode) {

    /** Most waypoints in one path. */
    public static final int MAX_WAYPOINTS = 100;

    /** Checks that there are 1 to {@value #MAX_WAYPOINTS} finite waypoints, a positive speed and a mode. */
    public ObstaclePath {
        Objects.requireNonNull(waypoints, "waypoints");
        Objects.requireNonNull(mode, "path mode");
        if (waypoints.isEmpty() || waypoints.size() > MAX_WAYPOINTS) {
            throw new IllegalArgumentException(
                    "a path needs 1 to " + MAX_WAYPOINTS + " waypoints, got " + waypoints.size());
        }
        for (int i = 0; i < waypoints.size(); i++) {
            Vec2 point = waypoints.get(i);
            if (point == null) {
                throw new IllegalArgumentException("path waypoint " + i + " is null");
            }
            Finite.require("path waypoint " + i + " x", point.x());
            Finite.require("path waypoint " + i + " y", point.y());
        }
        Finite.requirePositive("path speed", speed, "m/s");
        waypoints = List.copyOf(waypoints);
    }

    /** This path shifted by ({@code dx}, {@code dy}) metres. */
    public ObstaclePath translated(double dx, double dy) {
        return new ObstaclePath(waypoints.stream().map(p -> new Vec2(p.x() + dx, p.y() + dy)).toList(), speed, mode);
    }

    /** Throws, naming obstacle {@code id}, if every waypoint equals the start (x, y): such a path never moves. */
    void requireLeaves(String id, double x, double y) {
        for (Vec2 point : waypoints) {
            if (point.x() != x || point.y() != y) {
                return;
            }
        }
        throw new IllegalArgumentException("obstacle '" + id + "': its path never leaves the start (" + x + ", " + y
                + "); give a waypoint elsewhere or no path");
    }
}

package org.astrocyte.scenarios.spec;

import java.util.List;
import org.astrocyte.scenarios.world.CircleObstacle;
import org.astrocyte.scenarios.world.Obstacle;
import org.astrocyte.scenarios.world.PolygonObstacle;
import org.astrocyte.scenarios.world.Vec2;

/**
 * An obstacle: a circle (centre {@code x}, {@code y} and {@code radius}, metres) or a polygon ({@code vertices}, 3 to
 * {@value #MAX_VERTICES} points in metres going once round a simple outline, convex or not), standing still or, with
 * a {@code path}, moving. {@code id} names it in collision events (default "obstacle-N", N counting from 1).
 */
public record ObstacleSpec(String id, Double x, Double y, Double radius, List<PointSpec> vertices, PathSpec path) {

    /** Most vertices of a polygon. */
    public static final int MAX_VERTICES = 64;

    public ObstacleSpec {
        String name = id == null ? "obstacle" : "obstacle '" + id + "'";
        if (vertices == null) {
            if (x == null || y == null || radius == null) {
                throw new IllegalArgumentException(name + " needs x, y and radius (a circle) or vertices (a polygon)");
            }
            Checks.inRange(name + " x", x, -1e6, 1e6);
            Checks.inRange(name + " y", y, -1e6, 1e6);
            Checks.inRange(name + " radius", radius, 0.01, 1e3);
        } else {
            if (x != null || y != null || radius != null) {
                throw new IllegalArgumentException(name + " has vertices (a polygon) and x, y or radius (a circle); "
                        + "give one or the other");
            }
            if (vertices.size() < 3 || vertices.size() > MAX_VERTICES) {
                throw new IllegalArgumentException(name + " vertices must list 3 to " + MAX_VERTICES
                        + " points, got " + vertices.size());
            }
            vertices = List.copyOf(vertices);
        }
    }

    /** A fixed round obstacle. */
    public ObstacleSpec(String id, Double x, Double y, Double radius) {
        this(id, x, y, radius, null, null);
    }

    /**
     * The world's obstacle this describes.
     *
     * @throws IllegalArgumentException naming the obstacle, if the world refuses it (a polygon that is not simple, a
     *                                  path that never leaves the start)
     */
    public Obstacle toObstacle() {
        String name = id == null ? "obstacle" : id;
        if (vertices == null) {
            return new CircleObstacle(name, x, y, radius, path == null ? null : path.toPath());
        }
        List<Vec2> points = vertices.stream().map(p -> new Vec2(p.x(), p.y())).toList();
        return new PolygonObstacle(name, points, path == null ? null : path.toPath());
    }

    /** This obstacle under another id. */
    ObstacleSpec withId(String newId) {
        return new ObstacleSpec(newId, x, y, radius, vertices, path);
    }
}

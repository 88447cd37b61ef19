package org.astrocyte.scenarios.world;

import java.util.List;
import java.util.Objects;

/**
 * A polygonal obstacle: a simple polygon (convex or not, edges that do not cross) given by its {@code vertices} in
 * metres, in either winding order. The {@code id} names it in collisions and error messages. With a {@code path} the
 * first vertex moves from where it is written through the path's waypoints, the others keeping their offsets; without
 * one (null) the obstacle stands still.
 */
public record PolygonObstacle(String id, List<Vec2> vertices, ObstaclePath path) implements Obstacle {

    /** Most vertices of one polygon. */
    public static final int MAX_VERTICES = 64;

    /**
     * Checks that the id is not blank and the vertices (3 to {@value #MAX_VERTICES}, finite) form a simple polygon
     * with an area; copies the vertex list.
     */
    public PolygonObstacle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an obstacle needs a non-blank id");
        }
        Objects.requireNonNull(vertices, "obstacle '" + id + "' vertices");
        if (vertices.size() < 3 || vertices.size() > MAX_VERTICES) {
            throw new IllegalArgumentException("obstacle '" + id + "': a polygon needs 3 to " + MAX_VERTICES
                    + " vertices, got " + vertices.size());
        }
        for (int i = 0; i < vertices.size(); i++) {
            Vec2 vertex = vertices.get(i);
            if (vertex == null) {
                throw new IllegalArgumentException("obstacle '" + id + "': vertex " + i + " is null");
            }
            Finite.require("obstacle '" + id + "' vertex " + i + " x", vertex.x());
            Finite.require("obstacle '" + id + "' vertex " + i + " y", vertex.y());
        }
        vertices = List.copyOf(vertices);
        Polygons.requireSimple(id, vertices);
        if (path != null) {
            path.requireLeaves(id, vertices.get(0).x(), vertices.get(0).y());
        }
    }

    /** A fixed polygonal obstacle. */
    public PolygonObstacle(String id, List<Vec2> vertices) {
        this(id, vertices, null);
    }

    @Override
    public Vec2 anchor() {
        return vertices.get(0);
    }

    @Override
    public PolygonObstacle translated(double dx, double dy) {
        return new PolygonObstacle(id, vertices.stream().map(v -> new Vec2(v.x() + dx, v.y() + dy)).toList(),
                path == null ? null : path.translated(dx, dy));
    }
}

package org.astrocyte.scenarios.world;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rectangular arena, {@code width} by {@code height} metres, walled by the lines x = 0 (west), x = width (east),
 * y = 0 (south) and y = height (north), holding obstacles (circles and polygons, fixed or moving) that lie wholly
 * inside it, a moving one at every point of its path.
 */
public record Arena(double width, double height, List<? extends Obstacle> obstacles) {

    /** Checks the size and that every obstacle is inside the walls, with a unique id; copies the obstacle list. */
    public Arena {
        Finite.requirePositive("arena width", width, "m");
        Finite.requirePositive("arena height", height, "m");
        Objects.requireNonNull(obstacles, "obstacles");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < obstacles.size(); i++) {
            Obstacle obstacle = obstacles.get(i);
            if (obstacle == null) {
                throw new IllegalArgumentException("obstacle #" + i + " is null");
            }
            requireNotWallId(obstacle.id());
            if (!ids.add(obstacle.id())) {
                throw new IllegalArgumentException("obstacle '" + obstacle.id() + "': the id is used twice");
            }
            requireInside(obstacle, width, height);
        }
        obstacles = List.copyOf(obstacles);
    }

    /** An arena with no obstacles. */
    public static Arena empty(double width, double height) {
        return new Arena(width, height, List.of());
    }

    static void requireNotWallId(String id) {
        if (ArenaWall.isWallId(id)) {
            throw new IllegalArgumentException("obstacle '" + id + "': the id is reserved for a wall; choose another");
        }
    }

    /** Throws, naming the obstacle, the place and the wall, unless {@code o} lies inside the walls along its path. */
    static void requireInside(Obstacle o, double width, double height) {
        Vec2 anchor = o.anchor();
        String crossed = crossedWall(o, 0, 0, width, height);
        if (crossed != null) {
            throw new IllegalArgumentException("obstacle '" + o.id() + "' " + describe(o) + " is not inside the "
                    + width + " x " + height + " m arena: it crosses " + crossed);
        }
        if (o.path() == null) {
            return;
        }
        List<Vec2> waypoints = o.path().waypoints();
        for (int i = 0; i < waypoints.size(); i++) {
            Vec2 at = waypoints.get(i);
            crossed = crossedWall(o, at.x() - anchor.x(), at.y() - anchor.y(), width, height);
            if (crossed != null) {
                throw new IllegalArgumentException("obstacle '" + o.id() + "' at path waypoint " + i + " (" + at.x()
                        + ", " + at.y() + ") is not inside the " + width + " x " + height + " m arena: it crosses "
                        + crossed);
            }
        }
    }

    private static String describe(Obstacle o) {
        if (o instanceof CircleObstacle c) {
            return "at (" + c.x() + ", " + c.y() + ") with radius " + c.radius() + " m";
        }
        return "with first vertex at (" + o.anchor().x() + ", " + o.anchor().y() + ")";
    }

    /** The wall that {@code o}, shifted by (dx, dy), crosses, or null if it is inside. */
    private static String crossedWall(Obstacle o, double dx, double dy, double width, double height) {
        double minX;
        double maxX;
        double minY;
        double maxY;
        if (o instanceof CircleObstacle c) {
            minX = c.x() - c.radius();
            maxX = c.x() + c.radius();
            minY = c.y() - c.radius();
            maxY = c.y() + c.radius();
        } else {
            minX = Double.POSITIVE_INFINITY;
            maxX = Double.NEGATIVE_INFINITY;
            minY = Double.POSITIVE_INFINITY;
            maxY = Double.NEGATIVE_INFINITY;
            for (Vec2 v : ((PolygonObstacle) o).vertices()) {
                minX = Math.min(minX, v.x());
                maxX = Math.max(maxX, v.x());
                minY = Math.min(minY, v.y());
                maxY = Math.max(maxY, v.y());
            }
        }
        if (minX + dx < 0) {
            return ArenaWall.WEST.id();
        }
        if (maxX + dx > width) {
            return ArenaWall.EAST.id();
        }
        if (minY + dy < 0) {
            return ArenaWall.SOUTH.id();
        }
        if (maxY + dy > height) {
            return ArenaWall.NORTH.id();
        }
        return null;
    }
}

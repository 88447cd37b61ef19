package org.astrocyte.scenarios.world;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rectangular arena, {@code width} by {@code height} metres, walled by the lines x = 0 (west), x = width (east),
 * y = 0 (south) and y = height (north), holding fixed circular obstacles that lie wholly inside it.
 */
public record Arena(double width, double height, List<CircleObstacle> obstacles) {

    /** Checks the size and that every obstacle is inside the walls, with a unique id; copies the obstacle list. */
    public Arena {
        Finite.requirePositive("arena width", width, "m");
        Finite.requirePositive("arena height", height, "m");
        Objects.requireNonNull(obstacles, "obstacles");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < obstacles.size(); i++) {
            CircleObstacle obstacle = obstacles.get(i);
            if (obstacle == null) {
                throw new IllegalArgumentException("obstacle #" + i + " is null");
            }
            if (ArenaWall.isWallId(obstacle.id())) {
                throw new IllegalArgumentException(
                        "obstacle '" + obstacle.id() + "': the id is reserved for a wall; choose another");
            }
            if (!ids.add(obstacle.id())) {
                throw new IllegalArgumentException("obstacle '" + obstacle.id() + "': the id is used twice");
            }
            String crossed = crossedWall(obstacle, width, height);
            if (crossed != null) {
                throw new IllegalArgumentException("obstacle '" + obstacle.id() + "' at (" + obstacle.x() + ", "
                        + obstacle.y() + ") with radius " + obstacle.radius() + " m is not inside the " + width
                        + " x " + height + " m arena: it crosses " + crossed);
            }
        }
        obstacles = List.copyOf(obstacles);
    }

    /** An arena with no obstacles. */
    public static Arena empty(double width, double height) {
        return new Arena(width, height, List.of());
    }

    private static String crossedWall(CircleObstacle o, double width, double height) {
        if (o.x() - o.radius() < 0) {
            return ArenaWall.WEST.id();
        }
        if (o.x() + o.radius() > width) {
            return ArenaWall.EAST.id();
        }
        if (o.y() - o.radius() < 0) {
            return ArenaWall.SOUTH.id();
        }
        if (o.y() + o.radius() > height) {
            return ArenaWall.NORTH.id();
        }
        return null;
    }
}

package org.astrocyte.scenarios.world;

/**
 * An obstacle inside an {@link Arena}: a {@link CircleObstacle} or a {@link PolygonObstacle}, standing still or
 * moving along an {@link ObstaclePath}. A moving obstacle is translated, never rotated: its <em>anchor</em> (a
 * circle's centre, a polygon's first vertex) follows the path. Lengths in metres.
 */
public sealed interface Obstacle permits CircleObstacle, PolygonObstacle {

    /** The name of the obstacle in collisions and error messages, unique among the obstacles of a world. */
    String id();

    /** The path the obstacle moves along, or null if it stands still. */
    ObstaclePath path();

    /** The point a path moves and {@link World#moveObstacle} places: a circle's centre, a polygon's first vertex. */
    Vec2 anchor();

    /** This obstacle shifted by ({@code dx}, {@code dy}) metres, its path (if any) shifted with it. */
    Obstacle translated(double dx, double dy);

    /** Whether the obstacle moves. */
    default boolean moving() {
        return path() != null;
    }
}

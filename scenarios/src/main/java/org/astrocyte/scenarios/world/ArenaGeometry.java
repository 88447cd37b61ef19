package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * An {@link Arena} flattened into arrays for the per-step geometry. Every surface has a contact index: the four walls
 * first (in {@link ArenaWall} order), then the obstacles in arena order. Lengths in metres.
 */
final class ArenaGeometry {

    static final int WALLS = 4;

    final double width;
    final double height;
    // Parallel arrays rather than a list of records: the hot loops read them once per obstacle per step.
    final double[] obstacleX;
    final double[] obstacleY;
    final double[] obstacleRadius;
    private final String[] surfaceIds;

    ArenaGeometry(Arena arena) {
        this.width = arena.width();
        this.height = arena.height();
        List<CircleObstacle> obstacles = arena.obstacles();
        int count = obstacles.size();
        obstacleX = new double[count];
        obstacleY = new double[count];
        obstacleRadius = new double[count];
        surfaceIds = new String[WALLS + count];
        for (int wall = 0; wall < WALLS; wall++) {
            surfaceIds[wall] = ArenaWall.at(wall).id();
        }
        for (int i = 0; i < count; i++) {
            CircleObstacle obstacle = obstacles.get(i);
            obstacleX[i] = obstacle.x();
            obstacleY[i] = obstacle.y();
            obstacleRadius[i] = obstacle.radius();
            surfaceIds[WALLS + i] = obstacle.id();
        }
    }

    int obstacleCount() {
        return obstacleX.length;
    }

    int surfaceCount() {
        return surfaceIds.length;
    }

    /** The id of the surface with contact index {@code surface}: "wall-west" ... or the obstacle id. */
    String surfaceId(int surface) {
        return surfaceIds[surface];
    }

    /**
     * The contact index of the first surface that a disc of radius {@code r} centred at ({@code x}, {@code y}) enters
     * by more than {@code slack} metres, or -1 if it is clear (touching is allowed).
     */
    int firstOverlap(double x, double y, double r, double slack) {
        if (x - r < -slack) {
            return ArenaWall.WEST.ordinal();
        }
        if (x + r > width + slack) {
            return ArenaWall.EAST.ordinal();
        }
        if (y - r < -slack) {
            return ArenaWall.SOUTH.ordinal();
        }
        if (y + r > height + slack) {
            return ArenaWall.NORTH.ordinal();
        }
        for (int i = 0; i < obstacleX.length; i++) {
            double dx = x - obstacleX[i];
            double dy = y - obstacleY[i];
            double clear = r + obstacleRadius[i] - slack;
            if (clear > 0 && dx * dx + dy * dy < clear * clear) {
                return WALLS + i;
            }
        }
        return -1;
    }
}

package org.astrocyte.scenarios.world;

/**
 * The walls and obstacles of a world for the per-step geometry. Every surface has a contact index: the four walls
 * first (in {@link ArenaWall} order), then the obstacles in the order they were placed. Lengths in metres.
 */
final class ArenaGeometry {

    static final int WALLS = 4;

    final double width;
    final double height;
    final ObstacleSet obstacles = new ObstacleSet();

    ArenaGeometry(Arena arena) {
        this.width = arena.width();
        this.height = arena.height();
        for (Obstacle obstacle : arena.obstacles()) {
            obstacles.add(obstacle, 0);
        }
    }

    int surfaceCount() {
        return WALLS + obstacles.count();
    }

    /** The id of the surface with contact index {@code surface}: "wall-west" ... or the obstacle id. */
    String surfaceId(int surface) {
        return surface < WALLS ? ArenaWall.at(surface).id() : obstacles.id(surface - WALLS);
    }

    /** How {@code surface} is named in a message: "wall-west" or "obstacle 'rock'". */
    String describe(int surface) {
        return surface < WALLS ? surfaceId(surface) : "obstacle '" + surfaceId(surface) + "'";
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
        for (int i = 0; i < obstacles.count(); i++) {
            if (obstacles.shape(i).overlaps(x, y, r, slack)) {
                return WALLS + i;
            }
        }
        return -1;
    }
}

package org.astrocyte.scenarios.world;

/** The four walls of an arena, in the order of their contact indices. */
enum ArenaWall {
    /** The line x = 0. */
    WEST("wall-west"),
    /** The line x = width. */
    EAST("wall-east"),
    /** The line y = 0. */
    SOUTH("wall-south"),
    /** The line y = height. */
    NORTH("wall-north");

    private static final ArenaWall[] ALL = values();

    private final String id;

    ArenaWall(String id) {
        this.id = id;
    }

    /** The name that collisions and error messages use for this wall. */
    String id() {
        return id;
    }

    /** The wall with contact index {@code index} (0 to 3). */
    static ArenaWall at(int index) {
        return ALL[index];
    }

    /** Whether {@code name} is the id of a wall, and so cannot name an obstacle. */
    static boolean isWallId(String name) {
        for (ArenaWall wall : ALL) {
            if (wall.id.equals(name)) {
                return true;
            }
        }
        return false;
    }
}

package org.astrocyte.scenarios.world;

/**
 * Keeps bodies out of walls and obstacles and tracks their contacts. After a move, a body that overlaps a surface is
 * pushed back out along the contact normal. Bodies have no momentum (their velocity comes from the wheels at every
 * step), so removing the part of the move that went into the surface is what removes the velocity component into it:
 * the tangential part survives and the body slides. Lengths in metres.
 */
final class ContactResolver {

    /** A body this close to a surface (metres) still touches it, so that a body resting against a wall stays in contact. */
    static final double CONTACT_TOLERANCE = 1e-6;

    // Push-outs are repeated because leaving one surface can enter another (a body in a corner or a wedge).
    private static final int MAX_PASSES = 8;
    // Overlaps smaller than this (metres) are rounding, not penetration.
    private static final double SLACK = 1e-12;

    private final ArenaGeometry geometry;

    ContactResolver(ArenaGeometry geometry) {
        this.geometry = geometry;
    }

    /**
     * Resolves overlaps of {@code body} after it moved from ({@code fromX}, {@code fromY}), a position that was clear,
     * and marks the surfaces it touched. If it is squeezed where it does not fit, it stays where it came from.
     */
    void resolve(Body body, double fromX, double fromY) {
        double r = body.spec().radius();
        ContactSet contacts = body.contacts();
        double x = body.x();
        double y = body.y();
        boolean clear = false;
        for (int pass = 0; pass < MAX_PASSES && !clear; pass++) {
            clear = true;
            for (int i = 0; i < geometry.obstacleCount(); i++) {
                double dx = x - geometry.obstacleX[i];
                double dy = y - geometry.obstacleY[i];
                double reach = r + geometry.obstacleRadius[i];
                double distanceSquared = dx * dx + dy * dy;
                if (distanceSquared < (reach - SLACK) * (reach - SLACK)) {
                    double distance = Math.sqrt(distanceSquared);
                    if (distance == 0) {
                        // The centre sits on the obstacle's: leave back towards where the body came from.
                        dx = fromX - geometry.obstacleX[i];
                        dy = fromY - geometry.obstacleY[i];
                        distance = Math.sqrt(dx * dx + dy * dy);
                    }
                    x = geometry.obstacleX[i] + dx / distance * reach;
                    y = geometry.obstacleY[i] + dy / distance * reach;
                    contacts.mark(ArenaGeometry.WALLS + i);
                    clear = false;
                }
            }
            if (x < r) {
                x = r;
                contacts.mark(ArenaWall.WEST.ordinal());
                clear = false;
            } else if (x > geometry.width - r) {
                x = geometry.width - r;
                contacts.mark(ArenaWall.EAST.ordinal());
                clear = false;
            }
            if (y < r) {
                y = r;
                contacts.mark(ArenaWall.SOUTH.ordinal());
                clear = false;
            } else if (y > geometry.height - r) {
                y = geometry.height - r;
                contacts.mark(ArenaWall.NORTH.ordinal());
                clear = false;
            }
        }
        if (!clear && geometry.firstOverlap(x, y, r, SLACK) >= 0) {
            x = fromX;
            y = fromY;
        }
        body.placeAt(x, y);
        markTouching(body);
    }

    /** Marks every surface that {@code body} touches where it is now, within {@link #CONTACT_TOLERANCE}. */
    void markTouching(Body body) {
        double r = body.spec().radius() + CONTACT_TOLERANCE;
        ContactSet contacts = body.contacts();
        double x = body.x();
        double y = body.y();
        if (x <= r) {
            contacts.mark(ArenaWall.WEST.ordinal());
        }
        if (x >= geometry.width - r) {
            contacts.mark(ArenaWall.EAST.ordinal());
        }
        if (y <= r) {
            contacts.mark(ArenaWall.SOUTH.ordinal());
        }
        if (y >= geometry.height - r) {
            contacts.mark(ArenaWall.NORTH.ordinal());
        }
        for (int i = 0; i < geometry.obstacleCount(); i++) {
            double dx = x - geometry.obstacleX[i];
            double dy = y - geometry.obstacleY[i];
            double reach = r + geometry.obstacleRadius[i];
            if (dx * dx + dy * dy <= reach * reach) {
                contacts.mark(ArenaGeometry.WALLS + i);
            }
        }
    }

    /** Adds a collision to {@code events} for every contact of {@code body} that began in this step. */
    void reportBegun(Body body, StepEvents events) {
        ContactSet contacts = body.contacts();
        if (!contacts.any()) {
            return;
        }
        for (int surface = 0; surface < contacts.size(); surface++) {
            if (contacts.began(surface)) {
                reportContact(body, surface, events);
            }
        }
    }

    private void reportContact(Body body, int surface, StepEvents events) {
        double x = body.x();
        double y = body.y();
        double pointX;
        double pointY;
        if (surface < ArenaGeometry.WALLS) {
            ArenaWall wall = ArenaWall.at(surface);
            pointX = wall == ArenaWall.WEST ? 0 : wall == ArenaWall.EAST ? geometry.width : x;
            pointY = wall == ArenaWall.SOUTH ? 0 : wall == ArenaWall.NORTH ? geometry.height : y;
        } else {
            int i = surface - ArenaGeometry.WALLS;
            double dx = x - geometry.obstacleX[i];
            double dy = y - geometry.obstacleY[i];
            double scale = geometry.obstacleRadius[i] / Math.sqrt(dx * dx + dy * dy);
            pointX = geometry.obstacleX[i] + dx * scale;
            pointY = geometry.obstacleY[i] + dy * scale;
        }
        events.collision(body.id(), geometry.surfaceId(surface), pointX, pointY);
    }
}

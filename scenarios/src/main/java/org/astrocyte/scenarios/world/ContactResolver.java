package org.astrocyte.scenarios.world;

/**
 * Keeps bodies out of walls and obstacles and tracks their contacts. After a move, a body that overlaps a surface is
 * pushed back out along the contact normal. Bodies have no momentum (their velocity comes from the wheels at every
 * step), so removing the part of the move that went into the surface is what removes the velocity component into it:
 * the tangential part survives and the body slides. An obstacle that moved into a body pushes it out the same way.
 * Lengths in metres.
 */
final class ContactResolver {

    /** A body this close to a surface (metres) still touches it, so one resting against a wall stays in contact. */
    static final double CONTACT_TOLERANCE = 1e-6;
    /** Overlaps smaller than this (metres) are rounding, not penetration. */
    static final double SLACK = 1e-12;

    // Push-outs are repeated because leaving one surface can enter another (a body in a corner or a wedge).
    private static final int MAX_PASSES = 8;

    private final ArenaGeometry geometry;
    private final Contact contact = new Contact();

    ContactResolver(ArenaGeometry geometry) {
        this.geometry = geometry;
    }

    /**
     * Resolves overlaps of {@code body} after it moved from ({@code fromX}, {@code fromY}) and marks the surfaces it
     * touched. If it is squeezed where it does not fit, it goes back where it came from if that place is clear (it
     * may not be when a moving obstacle pushed it: then it stays where the push-outs left it).
     */
    void resolve(Body body, double fromX, double fromY) {
        double r = body.spec().radius();
        double x = body.x();
        double y = body.y();
        ObstacleSet obstacles = geometry.obstacles;
        boolean clear = false;
        for (int pass = 0; pass < MAX_PASSES && !clear; pass++) {
            clear = true;
            for (int i = 0; i < obstacles.count(); i++) {
                if (obstacles.shape(i).pushOut(x, y, r, SLACK, fromX, fromY, contact)) {
                    x = contact.x;
                    y = contact.y;
                    body.touchSurface(ArenaGeometry.WALLS + i, x, y, contact.pointX, contact.pointY);
                    clear = false;
                }
            }
            if (x < r) {
                x = r;
                body.touchSurface(ArenaWall.WEST.ordinal(), x, y, 0, y);
                clear = false;
            } else if (x > geometry.width - r) {
                x = geometry.width - r;
                body.touchSurface(ArenaWall.EAST.ordinal(), x, y, geometry.width, y);
                clear = false;
            }
            if (y < r) {
                y = r;
                body.touchSurface(ArenaWall.SOUTH.ordinal(), x, y, x, 0);
                clear = false;
            } else if (y > geometry.height - r) {
                y = geometry.height - r;
                body.touchSurface(ArenaWall.NORTH.ordinal(), x, y, x, geometry.height);
                clear = false;
            }
        }
        if (!clear && geometry.firstOverlap(x, y, r, SLACK) >= 0 && geometry.firstOverlap(fromX, fromY, r, SLACK) < 0) {
            x = fromX;
            y = fromY;
        }
        body.placeAt(x, y);
        markTouching(body);
    }

    /** Marks every surface that {@code body} touches where it is now, within {@link #CONTACT_TOLERANCE}. */
    void markTouching(Body body) {
        double radius = body.spec().radius();
        double r = radius + CONTACT_TOLERANCE;
        double x = body.x();
        double y = body.y();
        if (x <= r) {
            body.touchSurface(ArenaWall.WEST.ordinal(), x, y, 0, y);
        }
        if (x >= geometry.width - r) {
            body.touchSurface(ArenaWall.EAST.ordinal(), x, y, geometry.width, y);
        }
        if (y <= r) {
            body.touchSurface(ArenaWall.SOUTH.ordinal(), x, y, x, 0);
        }
        if (y >= geometry.height - r) {
            body.touchSurface(ArenaWall.NORTH.ordinal(), x, y, x, geometry.height);
        }
        ObstacleSet obstacles = geometry.obstacles;
        for (int i = 0; i < obstacles.count(); i++) {
            if (obstacles.shape(i).touches(x, y, radius, CONTACT_TOLERANCE, contact)) {
                body.touchSurface(ArenaGeometry.WALLS + i, x, y, contact.pointX, contact.pointY);
            }
        }
    }

    /** Adds a collision to {@code events} for every contact of {@code body} with a surface that began in this step. */
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
            // The point of the surface nearest the body where the step ended.
            geometry.obstacles.shape(surface - ArenaGeometry.WALLS)
                    .touches(x, y, body.spec().radius(), Double.POSITIVE_INFINITY, contact);
            pointX = contact.pointX;
            pointY = contact.pointY;
        }
        events.collision(body.id(), geometry.surfaceId(surface), pointX, pointY, false);
    }
}

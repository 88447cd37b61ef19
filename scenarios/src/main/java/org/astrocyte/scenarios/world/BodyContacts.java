package org.astrocyte.scenarios.world;

import java.util.List;

/**
 * Keeps bodies out of each other: two overlapping bodies are pushed apart symmetrically along the line between their
 * centres, each by half the overlap, then each is kept out of walls and obstacles again; if a wall or obstacle held
 * one back, the other gives way the rest. The passes repeat because a push can close another overlap (a crowd). A
 * contact is a collision for both bodies. Lengths in metres.
 */
final class BodyContacts {

    private static final int MAX_PASSES = 8;

    private final ContactResolver surfaces;

    BodyContacts(ContactResolver surfaces) {
        this.surfaces = surfaces;
    }

    /** Pushes overlapping bodies apart and marks every pair that touches. */
    void resolve(List<Body> bodies) {
        int n = bodies.size();
        if (n < 2) {
            return;
        }
        boolean clear = false;
        for (int pass = 0; pass < MAX_PASSES && !clear; pass++) {
            clear = true;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (pushApart(bodies.get(i), bodies.get(j))) {
                        clear = false;
                    }
                }
            }
        }
        markTouching(bodies);
    }

    /** Marks every pair of bodies within {@link ContactResolver#CONTACT_TOLERANCE} of each other. */
    void markTouching(List<Body> bodies) {
        int n = bodies.size();
        for (int i = 0; i < n; i++) {
            Body a = bodies.get(i);
            for (int j = i + 1; j < n; j++) {
                Body b = bodies.get(j);
                double dx = a.x() - b.x();
                double dy = a.y() - b.y();
                double reach = a.spec().radius() + b.spec().radius() + ContactResolver.CONTACT_TOLERANCE;
                double distanceSquared = dx * dx + dy * dy;
                if (distanceSquared <= reach * reach) {
                    double distance = Math.sqrt(distanceSquared);
                    double nx = distance == 0 ? 1 : dx / distance;
                    double ny = distance == 0 ? 0 : dy / distance;
                    a.touchPeer(b.index(), b.x() + nx * b.spec().radius(), b.y() + ny * b.spec().radius());
                    b.touchPeer(a.index(), a.x() - nx * a.spec().radius(), a.y() - ny * a.spec().radius());
                }
            }
        }
    }

    /** Adds a collision to {@code events} for every contact of {@code body} with another body that began. */
    void reportBegun(Body body, List<Body> bodies, StepEvents events) {
        ContactSet peers = body.peers();
        if (!peers.any()) {
            return;
        }
        for (int other = 0; other < peers.size(); other++) {
            if (peers.began(other)) {
                Body b = bodies.get(other);
                double dx = body.x() - b.x();
                double dy = body.y() - b.y();
                double distance = Math.sqrt(dx * dx + dy * dy);
                double scale = distance == 0 ? 0 : b.spec().radius() / distance;
                events.collision(body.id(), b.id(), b.x() + dx * scale, b.y() + dy * scale, true);
            }
        }
    }

    /** Pushes a and b apart if they overlap; returns whether they did. */
    private boolean pushApart(Body a, Body b) {
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        double reach = a.spec().radius() + b.spec().radius();
        double limit = reach - ContactResolver.SLACK;
        double distanceSquared = dx * dx + dy * dy;
        if (!(distanceSquared < limit * limit)) {
            return false;
        }
        double distance = Math.sqrt(distanceSquared);
        double nx = 1;
        double ny = 0;
        if (distance > 0) {
            nx = dx / distance;
            ny = dy / distance;
        }
        double half = (reach - distance) / 2;
        double aFromX = a.x();
        double aFromY = a.y();
        double bFromX = b.x();
        double bFromY = b.y();
        a.placeAt(aFromX + nx * half, aFromY + ny * half);
        b.placeAt(bFromX - nx * half, bFromY - ny * half);
        a.touchPeer(b.index(), b.x() + nx * b.spec().radius(), b.y() + ny * b.spec().radius());
        b.touchPeer(a.index(), a.x() - nx * a.spec().radius(), a.y() - ny * a.spec().radius());
        surfaces.resolve(a, aFromX, aFromY);
        surfaces.resolve(b, bFromX, bFromY);
        double residual = reach - Math.hypot(a.x() - b.x(), a.y() - b.y());
        if (residual > ContactResolver.SLACK) {
            // A wall or obstacle held one of them back: the other, which moved farther, gives way the rest.
            double aMoved = (a.x() - aFromX) * nx + (a.y() - aFromY) * ny;
            double bMoved = -((b.x() - bFromX) * nx + (b.y() - bFromY) * ny);
            Body free = aMoved >= bMoved ? a : b;
            double sign = free == a ? 1 : -1;
            double fromX = free.x();
            double fromY = free.y();
            free.placeAt(fromX + sign * nx * residual, fromY + sign * ny * residual);
            surfaces.resolve(free, fromX, fromY);
        }
        return true;
    }
}

package org.astrocyte.scenarios.world;

/**
 * A body's three bump switches, closed for one step by any contact in it: a contact point ahead of the body's centre
 * (within 90° of the heading) closes front-left or front-right by the side it lies on (dead ahead counts as left),
 * one behind closes rear.
 */
final class BumpSwitches {

    boolean frontLeft;
    boolean frontRight;
    boolean rear;

    void clear() {
        frontLeft = false;
        frontRight = false;
        rear = false;
    }

    /** Closes the switch facing the point ({@code px}, {@code py}) as seen from a body at (x, y) with a heading. */
    void close(double x, double y, double heading, double px, double py) {
        double dx = px - x;
        double dy = py - y;
        double cos = Math.cos(heading);
        double sin = Math.sin(heading);
        double ahead = dx * cos + dy * sin;
        double left = dy * cos - dx * sin;
        if (ahead < 0) {
            rear = true;
        } else if (left >= 0) {
            frontLeft = true;
        } else {
            frontRight = true;
        }
    }
}

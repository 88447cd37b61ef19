package org.astrocyte.tools.body;

/** What the body tools may read and steer of one agent's body. Positions in metres, arena from (0, 0). */
public interface BodyControl {

    /** Current x position, metres. */
    double x();

    /** Current y position, metres. */
    double y();

    /** Width of the arena, metres. */
    double arenaWidth();

    /** Height of the arena, metres. */
    double arenaHeight();

    /** Current heading, degrees counter-clockwise from +x. */
    double headingDeg();

    /** Makes ({@code x}, {@code y}) the body's navigation goal; the reflex may still override on the way. */
    void setGoal(double x, double y);

    /** Drops the navigation goal: the body stops, though the reflex may still move it away from a hazard. */
    void stop();
}

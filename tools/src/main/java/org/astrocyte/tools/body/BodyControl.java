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

    /** Makes ({@code x}, {@code y}) the body's navigation goal; the reflex may still override on the way. */
    void setGoal(double x, double y);
}

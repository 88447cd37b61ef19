package org.astrocyte.scenarios.world;

/** How an {@link ObstaclePath} repeats once its last waypoint is reached. */
public enum PathMode {
    /** Back to the start in a straight line, then round again. */
    LOOP,
    /** Back through the waypoints in reverse order to the start, then forwards again. */
    PING_PONG
}

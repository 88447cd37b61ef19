package org.astrocyte.scenarios.spec;

/**
 * How a moving obstacle's path repeats: {@code loop} (from the last waypoint straight back to the start, and round
 * again) or {@code ping_pong} (back through the waypoints in reverse, and forwards again).
 */
public enum PathKind {
    LOOP,
    PING_PONG
}

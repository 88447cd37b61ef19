/**
 * A 2-D continuous world for embodied agents: circular differential-drive bodies in a rectangular arena with walls,
 * circular obstacles and food items.
 *
 * <p>Frame and units: x to the east and y to the north, in metres, with the arena spanning [0, width] x [0, height];
 * headings in radians, counter-clockwise from +x, normalised to (-π, π]; speeds in m/s; time in seconds of simulated
 * time. The package is pure simulation: it imports nothing outside the JDK, owns its time and its seeded noise, and
 * never reads the system clock.
 */
package org.astrocyte.scenarios.world;

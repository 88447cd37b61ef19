/**
 * A 2-D continuous world for embodied agents: circular differential-drive bodies in a rectangular arena with walls,
 * obstacles (circles and simple polygons, fixed or moving along paths), food, light and chemical sources, and hazard
 * and goal regions. Bodies carry range rays, two eyes, two antennae, three bump switches, odometry and a battery.
 *
 * <p>Frame and units: x to the east and y to the north, in metres, with the arena spanning [0, width] x [0, height];
 * headings in radians, counter-clockwise from +x, normalised to (-π, π]; speeds in m/s; time in seconds of simulated
 * time; energy in abstract energy units. Senses read 0 to 1: light Σ I / (1 + (d / d½)²), chemicals
 * Σ s · exp(−d² / 2σ²). The package is pure simulation: it imports nothing outside the JDK, owns its time and its
 * seeded noise, never reads the system clock, and allocates nothing in a step or a sensor reading unless something
 * happened that a {@link org.astrocyte.scenarios.world.StepReport} must tell.
 */
package org.astrocyte.scenarios.world;

package org.astrocyte.controllers;

/**
 * What a reflex sees in one control tick: range readings and the planner's wish.
 *
 * @param timeMicros simulated time, µs
 * @param ranges     distance from the body's surface to the nearest surface along each ray, metres, ray 0 the
 *                   leftmost; a reading equal to {@code maxRange} means nothing in range. Not copied: valid
 *                   during the call only.
 * @param maxRange   the range sensor's reach, metres
 * @param drive      the wheel speeds the planner's goal asks for (the tonic input)
 */
public record SensorFrame(long timeMicros, double[] ranges, double maxRange, MotorCommand drive) {
}

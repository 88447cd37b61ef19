package org.astrocyte.core.event;

/**
 * A decimated sample of a body's state: position in metres, heading in radians (counter-clockwise from +x),
 * wheel speeds in m/s and energy (0 to 1).
 */
public record BodySampled(Stamp stamp, double x, double y, double heading, double leftWheel, double rightWheel,
        double energy) implements Event {
    @Override
    public String topic() {
        return Topics.WORLD;
    }
}

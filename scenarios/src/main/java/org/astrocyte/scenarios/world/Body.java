package org.astrocyte.scenarios.world;

import java.util.SplittableRandom;

/**
 * One circular differential-drive body in a {@link World}: its pose (metres, radians), the wheel speeds last commanded
 * (m/s, kept until the next {@link #drive}), and whether it touched a wall or obstacle during the last step. Created by
 * {@link World#addBody}; like the world, not thread-safe.
 */
public final class Body {

    private final String id;
    private final BodySpec spec;
    private final ContactSet contacts;
    private final SplittableRandom rangeNoise;
    private double x;
    private double y;
    private double heading;
    private double leftWheel;
    private double rightWheel;

    Body(String id, BodySpec spec, Pose start, int surfaces, long noiseSeed) {
        this.id = id;
        this.spec = spec;
        this.contacts = new ContactSet(surfaces);
        this.rangeNoise = new SplittableRandom(noiseSeed);
        this.x = start.x();
        this.y = start.y();
        this.heading = start.heading();
    }

    /** The name of the body, unique in its world. */
    public String id() {
        return id;
    }

    /** Its build: radius, wheel base, top wheel speed. */
    public BodySpec spec() {
        return spec;
    }

    /** The current pose (a new record each call; use {@link #x()}, {@link #y()}, {@link #heading()} in hot loops). */
    public Pose pose() {
        return new Pose(x, y, heading);
    }

    /** The x of the centre, in metres. */
    public double x() {
        return x;
    }

    /** The y of the centre, in metres. */
    public double y() {
        return y;
    }

    /** The heading in radians, counter-clockwise from +x, in (-π, π]. */
    public double heading() {
        return heading;
    }

    /** The commanded speed of the left wheel, in m/s. */
    public double leftWheel() {
        return leftWheel;
    }

    /** The commanded speed of the right wheel, in m/s. */
    public double rightWheel() {
        return rightWheel;
    }

    /** Whether the body touched a wall or an obstacle during the last step. */
    public boolean touching() {
        return contacts.any();
    }

    /**
     * Sets the wheel speeds, in m/s (positive drives forward), each clamped to ±{@code maxWheelSpeed}. They hold until
     * the next call.
     */
    public void drive(double leftWheel, double rightWheel) {
        Finite.require("left wheel speed of body '" + id + "'", leftWheel);
        Finite.require("right wheel speed of body '" + id + "'", rightWheel);
        double max = spec.maxWheelSpeed();
        this.leftWheel = Math.max(-max, Math.min(max, leftWheel));
        this.rightWheel = Math.max(-max, Math.min(max, rightWheel));
    }

    @Override
    public String toString() {
        return "Body[id=" + id + ", x=" + x + ", y=" + y + ", heading=" + heading + "]";
    }

    void moveTo(double x, double y, double heading) {
        this.x = x;
        this.y = y;
        this.heading = heading;
    }

    void placeAt(double x, double y) {
        this.x = x;
        this.y = y;
    }

    ContactSet contacts() {
        return contacts;
    }

    SplittableRandom rangeNoise() {
        return rangeNoise;
    }
}

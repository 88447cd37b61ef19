package org.astrocyte.scenarios.world;

import java.util.SplittableRandom;

/**
 * One circular differential-drive body in a {@link World}: its pose (metres, radians), the wheel speeds last commanded
 * and those the wheels turn at (m/s), what it touched during the last step (bump switches), its odometry and its
 * energy. Created by {@link World#addBody}; like the world, not thread-safe. Every accessor is allocation-free except
 * {@link #pose()}.
 */
public final class Body {

    private final String id;
    private final BodySpec spec;
    private final int index;
    private final ContactSet contacts;
    private final ContactSet peers;
    private final BumpSwitches bumps = new BumpSwitches();
    private final Battery battery;
    private final SplittableRandom rangeNoise;
    private double rangeNoiseStd;
    private double x;
    private double y;
    private double heading;
    private double leftWheel;
    private double rightWheel;
    private double leftSpeed;
    private double rightSpeed;
    private double stepStartX;
    private double stepStartY;
    private double stepStartHeading;
    private double turned;
    private double speed;
    private double turnRate;
    private final boolean[] insideHazard;
    private final boolean[] insideGoal;

    /**
     * A body numbered {@code index} (its place among the world's bodies), in a world with {@code surfaces} walls and
     * obstacles, {@code hazards} hazard regions and {@code goals} goal regions.
     */
    Body(String id, BodySpec spec, Pose start, int index, int surfaces, int hazards, int goals, double rangeNoiseStd,
            long noiseSeed) {
        this.id = id;
        this.spec = spec;
        this.index = index;
        this.contacts = new ContactSet(surfaces);
        this.peers = new ContactSet(index + 1);
        this.battery = new Battery(spec.battery());
        this.rangeNoise = new SplittableRandom(noiseSeed);
        this.rangeNoiseStd = rangeNoiseStd;
        this.insideHazard = new boolean[hazards];
        this.insideGoal = new boolean[goals];
        this.x = start.x();
        this.y = start.y();
        this.heading = start.heading();
    }

    /** The name of the body, unique in its world. */
    public String id() {
        return id;
    }

    /** Its build: radius, wheel base, top wheel speed, acceleration limit, battery. */
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

    /**
     * The speed the left wheel turned at during the last step, in m/s: the command, approached at most
     * {@code maxAcceleration} × dt per step, and 0 while the body is exhausted.
     */
    public double leftWheelSpeed() {
        return leftSpeed;
    }

    /** As {@link #leftWheelSpeed()}, for the right wheel, in m/s. */
    public double rightWheelSpeed() {
        return rightSpeed;
    }

    /** Whether the body touched a wall, an obstacle or another body during the last step. */
    public boolean touching() {
        return contacts.any() || peers.any();
    }

    /** Whether a contact during the last step lay ahead of the centre and on its left (or dead ahead). */
    public boolean touchFrontLeft() {
        return bumps.frontLeft;
    }

    /** Whether a contact during the last step lay ahead of the centre and on its right. */
    public boolean touchFrontRight() {
        return bumps.frontRight;
    }

    /** Whether a contact during the last step lay behind the centre (more than 90° from the heading). */
    public boolean touchRear() {
        return bumps.rear;
    }

    /**
     * The measured forward speed over the last step, in m/s (negative backwards): the displacement along the mean
     * heading of the step over its duration, so that a body held by a wall reads 0 however its wheels turn.
     */
    public double speed() {
        return speed;
    }

    /** The measured turn rate over the last step, in rad/s (positive counter-clockwise). */
    public double turnRate() {
        return turnRate;
    }

    /** The energy left, as a fraction of the battery's capacity: 0 (exhausted) to 1 (full). */
    public double energy() {
        return battery.fraction();
    }

    /** The energy left, in energy units (see {@link BatterySpec}). */
    public double storedEnergy() {
        return battery.level();
    }

    /** Whether the battery is empty: the wheels do not turn until food recharges it. */
    public boolean exhausted() {
        return battery.empty();
    }

    /** The standard deviation of this body's range-sensor noise, in metres. */
    public double rangeNoiseStd() {
        return rangeNoiseStd;
    }

    /**
     * Sets the wheel speeds, in m/s (positive drives forward), each clamped to ±{@code maxWheelSpeed}. They hold until
     * the next call; the wheels reach them as fast as the acceleration limit allows.
     */
    public void drive(double leftWheel, double rightWheel) {
        // The messages are built only on failure: this runs every control tick.
        if (!Double.isFinite(leftWheel)) {
            Finite.require("left wheel speed of body '" + id + "'", leftWheel);
        }
        if (!Double.isFinite(rightWheel)) {
            Finite.require("right wheel speed of body '" + id + "'", rightWheel);
        }
        double max = spec.maxWheelSpeed();
        this.leftWheel = Math.max(-max, Math.min(max, leftWheel));
        this.rightWheel = Math.max(-max, Math.min(max, rightWheel));
    }

    @Override
    public String toString() {
        return "Body[id=" + id + ", x=" + x + ", y=" + y + ", heading=" + heading + "]";
    }

    int index() {
        return index;
    }

    void moveTo(double x, double y, double heading, double turn) {
        this.x = x;
        this.y = y;
        this.heading = heading;
        this.turned += turn;
    }

    void placeAt(double x, double y) {
        this.x = x;
        this.y = y;
    }

    /** Marks surface {@code surface} touched at ({@code px}, {@code py}) while the centre was at (cx, cy). */
    void touchSurface(int surface, double cx, double cy, double px, double py) {
        contacts.mark(surface);
        bumps.close(cx, cy, heading, px, py);
    }

    /** Marks body {@code other} touched at ({@code px}, {@code py}). */
    void touchPeer(int other, double px, double py) {
        peers.mark(other);
        bumps.close(x, y, heading, px, py);
    }

    ContactSet contacts() {
        return contacts;
    }

    ContactSet peers() {
        return peers;
    }

    Battery battery() {
        return battery;
    }

    SplittableRandom rangeNoise() {
        return rangeNoise;
    }

    void setRangeNoiseStd(double std) {
        rangeNoiseStd = std;
    }

    boolean[] insideHazard() {
        return insideHazard;
    }

    boolean[] insideGoal() {
        return insideGoal;
    }

    /**
     * Starts a step of {@code seconds}: forgets the last step's contacts and bumps, remembers the pose for odometry,
     * and brings the wheel speeds towards the command by at most maxAcceleration × seconds (to 0 if exhausted).
     */
    void startStep(double seconds) {
        contacts.startStep();
        peers.startStep();
        bumps.clear();
        stepStartX = x;
        stepStartY = y;
        stepStartHeading = heading;
        turned = 0;
        if (battery.empty()) {
            stopWheels();
            return;
        }
        double change = spec.maxAcceleration() * seconds;
        leftSpeed = approach(leftSpeed, leftWheel, change);
        rightSpeed = approach(rightSpeed, rightWheel, change);
    }

    void stopWheels() {
        leftSpeed = 0;
        rightSpeed = 0;
    }

    /** Ends a step of {@code seconds}: measures the odometry from the start pose. */
    void finishStep(double seconds) {
        double meanHeading = stepStartHeading + turned / 2;
        speed = ((x - stepStartX) * Math.cos(meanHeading) + (y - stepStartY) * Math.sin(meanHeading)) / seconds;
        turnRate = turned / seconds;
    }

    private static double approach(double current, double target, double maxChange) {
        double difference = target - current;
        if (Math.abs(difference) <= maxChange) {
            return target;
        }
        return current + Math.copySign(maxChange, difference);
    }
}

package org.astrocyte.controllers;

/**
 * What a reflex sees in one control tick: the body's senses and the planner's wish. Build one with
 * {@link #of(long, double[], double, MotorCommand)} and the {@code with...} methods for the senses a body carries;
 * a sense the body lacks keeps its neutral value (no touch, dark, no odour, full battery, still, no reward).
 *
 * @param timeMicros simulated time, µs
 * @param ranges     distance from the body's surface to the nearest surface (wall, obstacle or other body) along each
 *                   ray, metres, ray 0 the leftmost; a reading equal to {@code maxRange} means nothing in range. Not
 *                   copied: valid during the call only.
 * @param maxRange   the range sensor's reach, metres
 * @param drive      the wheel speeds the planner's goal asks for (the tonic input)
 * @param touch      the bump switches that closed during the last tick
 * @param light      light intensity at the left and right eye, 0 (dark) to 1 (at a source)
 * @param chemical   concentration at the left and right antenna, 0 (none) to 1 (at a source)
 * @param energy     battery level, 0 (empty) to 1 (full)
 * @param odometry   the body's measured motion over the last tick
 * @param reward     the world's reward signal for this tick (food +, collision −), for learning reflexes; 0 most
 *                   ticks
 */
public record SensorFrame(long timeMicros, double[] ranges, double maxRange, MotorCommand drive, Touch touch,
        Stereo light, Stereo chemical, double energy, Odometry odometry, double reward) {

    public SensorFrame {
        if (ranges == null || drive == null || touch == null || light == null || chemical == null
                || odometry == null) {
            throw new IllegalArgumentException("a sensor frame needs ranges, drive, touch, light, chemical and "
                    + "odometry (use the neutral values for senses the body lacks)");
        }
    }

    /** A frame with range readings and the planner's drive; every other sense neutral. */
    public static SensorFrame of(long timeMicros, double[] ranges, double maxRange, MotorCommand drive) {
        return new SensorFrame(timeMicros, ranges, maxRange, drive, Touch.NONE, Stereo.ZERO, Stereo.ZERO, 1.0,
                Odometry.STILL, 0);
    }

    /** This frame with another planner drive (what a lower layer of a subsumption stack hands up). */
    public SensorFrame withDrive(MotorCommand newDrive) {
        return new SensorFrame(timeMicros, ranges, maxRange, newDrive, touch, light, chemical, energy, odometry,
                reward);
    }

    /** This frame with other bump switches. */
    public SensorFrame withTouch(Touch newTouch) {
        return new SensorFrame(timeMicros, ranges, maxRange, drive, newTouch, light, chemical, energy, odometry,
                reward);
    }

    /** This frame with other light readings. */
    public SensorFrame withLight(Stereo newLight) {
        return new SensorFrame(timeMicros, ranges, maxRange, drive, touch, newLight, chemical, energy, odometry,
                reward);
    }

    /** This frame with other chemical readings. */
    public SensorFrame withChemical(Stereo newChemical) {
        return new SensorFrame(timeMicros, ranges, maxRange, drive, touch, light, newChemical, energy, odometry,
                reward);
    }

    /** This frame with another battery level. */
    public SensorFrame withEnergy(double newEnergy) {
        return new SensorFrame(timeMicros, ranges, maxRange, drive, touch, light, chemical, newEnergy, odometry,
                reward);
    }

    /** This frame with other odometry. */
    public SensorFrame withOdometry(Odometry newOdometry) {
        return new SensorFrame(timeMicros, ranges, maxRange, drive, touch, light, chemical, energy, newOdometry,
                reward);
    }

    /** This frame with another reward. */
    public SensorFrame withReward(double newReward) {
        return new SensorFrame(timeMicros, ranges, maxRange, drive, touch, light, chemical, energy, odometry,
                newReward);
    }

    /** Bump switches: two at the front (left and right of the heading) and one at the rear. */
    public record Touch(boolean frontLeft, boolean frontRight, boolean rear) {
        /** Nothing touched. */
        public static final Touch NONE = new Touch(false, false, false);

        /** Whether any switch closed. */
        public boolean any() {
            return frontLeft || frontRight || rear;
        }
    }

    /** A pair of readings from the left and the right sensor of a sense, each 0 to 1. */
    public record Stereo(double left, double right) {
        /** Nothing sensed on either side. */
        public static final Stereo ZERO = new Stereo(0, 0);

        /** The mean of both sides. */
        public double mean() {
            return (left + right) / 2;
        }
    }

    /**
     * The body's measured motion.
     *
     * @param speed    forward speed over the last tick, m/s (negative backwards)
     * @param turnRate yaw rate over the last tick, rad/s (positive counter-clockwise)
     */
    public record Odometry(double speed, double turnRate) {
        /** Not moving. */
        public static final Odometry STILL = new Odometry(0, 0);
    }
}

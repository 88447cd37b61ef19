package org.astrocyte.scenarios.world;

/**
 * Exact differential-drive kinematics. With constant wheel speeds l and r (m/s) and wheel base b (m), a body moves at
 * v = (l + r) / 2 m/s and turns at ω = (r − l) / b rad/s, so it follows a circular arc (a straight line when l = r).
 * Over t seconds its centre moves along the chord of that arc: length v·t·sinc(ω·t/2) in direction heading + ω·t/2,
 * which is the closed form with no integration error and stays accurate as ω goes to zero.
 */
final class DifferentialDrive {

    // Below this half-angle (radians) sin(a)/a is replaced by its Taylor series, which is exact to double precision.
    private static final double SMALL_ANGLE = 1e-4;

    private DifferentialDrive() {
    }

    /** The forward speed of the body's centre at its current wheel speeds, in m/s. */
    static double forwardSpeed(Body body) {
        return 0.5 * (body.leftWheelSpeed() + body.rightWheelSpeed());
    }

    /** The turn rate at its current wheel speeds, in rad/s (positive counter-clockwise). */
    static double turnRate(Body body) {
        return (body.rightWheelSpeed() - body.leftWheelSpeed()) / body.spec().wheelBase();
    }

    /** The mean distance its wheels travel in {@code seconds} at their current speeds, in metres (never negative). */
    static double wheelTravel(Body body, double seconds) {
        return 0.5 * (Math.abs(body.leftWheelSpeed()) + Math.abs(body.rightWheelSpeed())) * seconds;
    }

    /** Moves {@code body} along its arc for {@code seconds} at forward speed {@code v} and turn rate {@code omega}. */
    static void advance(Body body, double v, double omega, double seconds) {
        double turn = omega * seconds;
        double heading = body.heading();
        double x = body.x();
        double y = body.y();
        if (v != 0) {
            double half = 0.5 * turn;
            double chord = v * seconds * sinc(half);
            double direction = heading + half;
            x += chord * Math.cos(direction);
            y += chord * Math.sin(direction);
        }
        body.moveTo(x, y, Angles.normalise(heading + turn), turn);
    }

    private static double sinc(double a) {
        return Math.abs(a) < SMALL_ANGLE ? 1 - a * a / 6 : Math.sin(a) / a;
    }
}

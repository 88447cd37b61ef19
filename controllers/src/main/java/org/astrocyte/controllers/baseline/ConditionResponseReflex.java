package org.astrocyte.controllers.baseline;

import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;

/**
 * The non-spiking baseline reflex: a two-state condition-response machine (as the ReflexNet of SwarmBrain), behind
 * the same interface as the spiking reflexes so that experiments can compare them.
 *
 * <p>FOLLOW passes the planner's drive through. When any ray sees a surface closer than {@value #ENTER_FRACTION} of
 * the sensor's reach, it switches to AVOID: it turns away from the side with the nearer surface (the turn direction
 * is kept until it leaves, so it does not dither) and slows down the closer the surface is. It leaves AVOID when
 * every ray reads more than {@value #LEAVE_FRACTION} of the reach. The hazard it reports is the proximity of the
 * nearest surface, from 0 (nothing in range) to 1 (touching).
 */
public final class ConditionResponseReflex implements ReflexController {

    /** Fraction of the reach at which avoidance starts. */
    static final double ENTER_FRACTION = 0.5;
    /** Fraction of the reach beyond which avoidance ends. */
    static final double LEAVE_FRACTION = 0.75;

    private final double maxWheelSpeed;
    private boolean avoiding;
    private double turn;

    /** A reflex for a body whose wheels reach {@code maxWheelSpeed}, m/s. */
    public ConditionResponseReflex(double maxWheelSpeed) {
        if (!(maxWheelSpeed > 0)) {
            throw new IllegalArgumentException("maxWheelSpeed must be positive, got " + maxWheelSpeed);
        }
        this.maxWheelSpeed = maxWheelSpeed;
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        double[] ranges = frame.ranges();
        double nearest = frame.maxRange();
        double left = frame.maxRange();
        double right = frame.maxRange();
        int half = ranges.length / 2;
        for (int i = 0; i < ranges.length; i++) {
            nearest = Math.min(nearest, ranges[i]);
            if (i < half) {
                left = Math.min(left, ranges[i]);
            } else if (i >= ranges.length - half) {
                right = Math.min(right, ranges[i]);
            }
        }
        double proximity = 1 - Math.max(0, Math.min(1, nearest / frame.maxRange()));
        if (!avoiding && nearest < ENTER_FRACTION * frame.maxRange()) {
            avoiding = true;
            // Ray 0 is the leftmost: a nearer surface on the left turns the body right (clockwise).
            turn = left <= right ? -1 : 1;
        } else if (avoiding && nearest > LEAVE_FRACTION * frame.maxRange()) {
            avoiding = false;
        }
        if (!avoiding) {
            return new ReflexDecision(frame.drive(), false, proximity);
        }
        double forward = maxWheelSpeed * 0.5 * (1 - proximity);
        double spin = maxWheelSpeed * 0.5 * turn;
        return new ReflexDecision(new MotorCommand(forward - spin, forward + spin), true, proximity);
    }

    @Override
    public String name() {
        return "condition-response";
    }
}

package org.astrocyte.controllers.encoding;

import org.astrocyte.controllers.MotorCommand;

/**
 * Mixes a forward speed and a turn into the wheel speeds of a differential-drive body, each clamped to the top
 * wheel speed. Speeds in m/s; a positive turn turns left (right wheel faster by twice the turn).
 *
 * @param maxWheelSpeed the body's top wheel speed, m/s (positive)
 */
public record DifferentialDrive(double maxWheelSpeed) {

    public DifferentialDrive {
        if (!(maxWheelSpeed > 0) || Double.isInfinite(maxWheelSpeed)) {
            throw new IllegalArgumentException("the top wheel speed must be positive, got " + maxWheelSpeed
                    + " m/s");
        }
    }

    /** The wheel speeds for {@code forward} and a left {@code turn}, m/s. */
    public MotorCommand command(double forward, double turn) {
        return new MotorCommand(limit(forward - turn), limit(forward + turn));
    }

    /** {@code speed} clamped to ±{@link #maxWheelSpeed()}. */
    public double limit(double speed) {
        return Math.max(-maxWheelSpeed, Math.min(maxWheelSpeed, speed));
    }
}

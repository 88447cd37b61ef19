package org.astrocyte.controllers.steering;

import org.astrocyte.controllers.MotorCommand;

/**
 * Turns the planner's goal into the tonic drive of the reflex: a proportional heading controller that turns
 * toward the goal and slows down when the goal is behind or near. Not spiking: it stands for the descending
 * command, not for a reflex.
 *
 * @param maxWheelSpeed fastest wheel speed, m/s
 * @param turnGain      wheel-speed difference per radian of heading error, as a fraction of maxWheelSpeed
 * @param arrival       distance at which the goal counts as reached and the body stops, metres
 */
public record GoalSteering(double maxWheelSpeed, double turnGain, double arrival) {

    /** Steering for a body with the given top speed. */
    public static GoalSteering forBody(double maxWheelSpeed) {
        return new GoalSteering(maxWheelSpeed, 0.8, 0.15);
    }

    /** Wheel speeds that take a body at ({@code x}, {@code y}, {@code heading}) toward ({@code gx}, {@code gy}). */
    public MotorCommand toward(double x, double y, double heading, double gx, double gy) {
        double dx = gx - x;
        double dy = gy - y;
        double distance = Math.hypot(dx, dy);
        if (distance < arrival) {
            return MotorCommand.STOP;
        }
        double error = Math.IEEEremainder(Math.atan2(dy, dx) - heading, 2 * Math.PI);
        double forward = maxWheelSpeed * Math.max(0, Math.cos(error)) * Math.min(1, distance / 0.5);
        double turn = maxWheelSpeed * Math.max(-1, Math.min(1, turnGain * error));
        return new MotorCommand(clamp(forward - turn), clamp(forward + turn));
    }

    private double clamp(double speed) {
        return Math.max(-maxWheelSpeed, Math.min(maxWheelSpeed, speed));
    }
}

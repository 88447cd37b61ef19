package org.astrocyte.controllers;

/** Wheel speeds of a differential-drive body, m/s (positive drives forward). */
public record MotorCommand(double left, double right) {

    /** Both wheels stopped. */
    public static final MotorCommand STOP = new MotorCommand(0, 0);
}

package org.astrocyte.simulator.spec;

/** Converts durations in ms to whole numbers of simulation steps of length dt (ms). */
public final class StepCount {

    /** Slack, in steps, for the rounding of decimal durations such as 0.3 / 0.1. */
    private static final double TOLERANCE_STEPS = 1e-6;

    private StepCount() {
    }

    /** The number of steps of {@code dtMs} in {@code durationMs}, or -1 if it is not a whole number. */
    public static long wholeSteps(double durationMs, double dtMs) {
        double steps = durationMs / dtMs;
        double rounded = Math.rint(steps);
        if (!Double.isFinite(steps) || Math.abs(steps - rounded) > TOLERANCE_STEPS || rounded > Long.MAX_VALUE) {
            return -1;
        }
        return (long) rounded;
    }
}

package org.astrocyte.scenarios.experiment.stats;

/**
 * A two-sided confidence interval, in the unit of the quantity it bounds.
 *
 * @param lower the lower bound; finite
 * @param upper the upper bound; finite, not below {@code lower}
 */
public record ConfidenceInterval(double lower, double upper) {

    /** The confidence level of every interval this package computes. */
    public static final double LEVEL = 0.95;

    /** Validates the bounds. */
    public ConfidenceInterval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("bad interval [" + lower + ", " + upper + "]");
        }
    }

    /**
     * Tells whether a value lies within the interval, bounds included.
     *
     * @param value the value
     * @return true if {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /**
     * Returns the width of the interval.
     *
     * @return {@code upper - lower}
     */
    public double width() {
        return upper - lower;
    }
}

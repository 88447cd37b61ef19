package org.astrocyte.scenarios.world;

/**
 * A fan of range rays: {@code rays} rays spread evenly over {@code fieldOfView} radians centred on the heading, each
 * reading up to {@code range} metres from the body's surface, with Gaussian noise of standard deviation
 * {@code noiseStd} metres. Ray i points at heading + fov/2 − i·fov/(rays−1), so ray 0 is the leftmost; a single ray
 * points straight ahead.
 */
public record RangeSensorSpec(int rays, double fieldOfView, double range, double noiseStd) {

    private static final RangeSensorSpec DEFAULTS = new RangeSensorSpec(5, Math.toRadians(120), 1.5, 0.01);

    /** Checks that there is at least one ray, the field of view is within [0, 2π], the range positive. */
    public RangeSensorSpec {
        if (rays < 1) {
            throw new IllegalArgumentException("range sensor rays must be at least 1, got " + rays);
        }
        if (!(fieldOfView >= 0 && fieldOfView <= 2 * Math.PI)) {
            throw new IllegalArgumentException(
                    "range sensor field of view must be within [0, 2π] radians, got " + fieldOfView);
        }
        Finite.requirePositive("range sensor range", range, "m");
        Finite.requireNonNegative("range sensor noise std", noiseStd, "m");
    }

    /** Five rays over 120° (in radians), 1.5 m range, 0.01 m noise. */
    public static RangeSensorSpec defaults() {
        return DEFAULTS;
    }

    /** The direction of ray {@code index} relative to the heading, in radians (positive to the left). */
    public double rayOffset(int index) {
        if (index < 0 || index >= rays) {
            throw new IndexOutOfBoundsException("ray " + index + " of " + rays);
        }
        return rays == 1 ? 0 : fieldOfView / 2 - index * fieldOfView / (rays - 1);
    }
}

package org.astrocyte.scenarios.spec;

/**
 * The range sensor of every body.
 *
 * @param rays           number of rays, spread evenly over the field of view
 * @param fieldOfViewDeg angle covered by the rays, degrees
 * @param range          reach, metres
 * @param noise          standard deviation of the Gaussian noise on each reading, metres
 */
public record SensorSpec(Integer rays, Double fieldOfViewDeg, Double range, Double noise) {

    public SensorSpec {
        rays = rays == null ? 5 : rays;
        if (rays < 2 || rays > 64) {
            throw new IllegalArgumentException("rays must be from 2 to 64, got " + rays);
        }
        fieldOfViewDeg = fieldOfViewDeg == null ? 120.0 : fieldOfViewDeg;
        Checks.inRange("fieldOfViewDeg", fieldOfViewDeg, 1, 360);
        range = range == null ? 1.5 : range;
        Checks.inRange("range", range, 0.05, 100);
        noise = noise == null ? 0.01 : noise;
        Checks.inRange("noise", noise, 0, 10);
    }
}

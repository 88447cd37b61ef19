package org.astrocyte.scenarios.world;

/** Heading arithmetic in radians. */
final class Angles {

    private static final double TWO_PI = 2 * Math.PI;

    private Angles() {
    }

    /** {@code radians} wrapped into (-π, π]. */
    static double normalise(double radians) {
        if (radians > -Math.PI && radians <= Math.PI) {
            return radians;
        }
        double wrapped = Math.IEEEremainder(radians, TWO_PI);
        if (wrapped <= -Math.PI) {
            wrapped += TWO_PI;
        } else if (wrapped > Math.PI) {
            wrapped -= TWO_PI;
        }
        return wrapped;
    }
}

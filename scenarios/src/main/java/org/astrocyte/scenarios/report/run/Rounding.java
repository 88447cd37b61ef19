package org.astrocyte.scenarios.report.run;

/**
 * Rounds what the page embeds to the precision it can show, which keeps the JSON short: times to the control tick
 * (1 ms), positions to 1 mm, angles to 1 mrad, fractions to 0.001.
 */
final class Rounding {

    private Rounding() {
    }

    /** Seconds to whole milliseconds. */
    static double millis(double seconds) {
        return thousandths(seconds);
    }

    /** Metres to whole millimetres. */
    static double millimetres(double metres) {
        return thousandths(metres);
    }

    /** Radians to whole milliradians. */
    static double milliradians(double radians) {
        return thousandths(radians);
    }

    /** To three decimals; infinities and NaN as they are. */
    static double thousandths(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : value;
    }
}

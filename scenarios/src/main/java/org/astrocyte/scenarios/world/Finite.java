package org.astrocyte.scenarios.world;

/** Argument checks shared by the value types, so that their messages read alike. */
final class Finite {

    private Finite() {
    }

    /** Throws unless {@code value} is a finite number. */
    static void require(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + value);
        }
    }

    /** Throws unless {@code value} is finite and greater than zero. */
    static void requirePositive(String what, double value, String unit) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be positive, got " + value + withUnit(unit));
        }
    }

    /** Throws unless {@code value} is finite and not negative. */
    static void requireNonNegative(String what, double value, String unit) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be zero or positive, got " + value + withUnit(unit));
        }
    }

    private static String withUnit(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }
}

package org.astrocyte.scenarios.spec;

/** Range checks of scenario values, with messages that name the field. */
final class Checks {

    private Checks() {
    }

    static void inRange(String field, Double value, double min, double max) {
        if (value == null || !Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(field + " must be a number from " + min + " to " + max + ", got "
                    + value);
        }
    }

    static void notBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
    }
}

package org.astrocyte.tools;

/**
 * Checks of tool arguments. An LLM is untrusted input: every argument is checked against a bound, and a failed
 * check throws an {@link IllegalArgumentException} whose message is written for the model to read and correct.
 */
public final class ArgumentChecks {

    private ArgumentChecks() {
    }

    /** {@code value} if it is a finite number within [min, max], else an error naming the argument and the range. */
    public static double inRange(String name, double value, double min, double max, String unit) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s must be a number from %s to %s %s, got %s", name, trim(min), trim(max), unit, value));
        }
        return value;
    }

    /**
     * {@code value} stripped of control characters and surrounding blanks, if it is not blank and at most
     * {@code maxChars} long; else an error naming the argument and the limit.
     */
    public static String text(String name, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-empty text");
        }
        String clean = value.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.length() > maxChars) {
            throw new IllegalArgumentException(name + " must be at most " + maxChars + " characters, got "
                    + clean.length());
        }
        return clean;
    }

    /**
     * As {@link #text}, but keeping line breaks and tabs, for a document such as a YAML network description.
     */
    public static String document(String name, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be a non-empty text");
        }
        String clean = value.replaceAll("[\\p{Cntrl}&&[^\n\r\t]]", " ").strip();
        if (clean.length() > maxChars) {
            throw new IllegalArgumentException(name + " must be at most " + maxChars + " characters, got "
                    + clean.length());
        }
        return clean;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

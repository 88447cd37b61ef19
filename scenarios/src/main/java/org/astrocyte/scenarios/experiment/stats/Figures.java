package org.astrocyte.scenarios.experiment.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Formatting of figures for people: a few significant digits, the same in every locale. */
public final class Figures {

    private Figures() {
    }

    /**
     * Formats a number to a number of significant digits: plainly between 0.001 and 10^7, in scientific notation
     * outside; trailing zeros dropped; NaN as {@code "NaN"}.
     *
     * @param value  the number
     * @param digits the significant digits, at least one
     * @return the text
     */
    public static String significant(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == 0.0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_UP));
            return rounded.stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
    }

    /**
     * Formats a p-value as it is usually reported: {@code "< 0.001"} below 0.001, else {@code "= "} and two
     * significant digits; {@code "= NaN"} when undefined.
     *
     * @param p the p-value
     * @return the text, relation included
     */
    public static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : "= " + significant(p, 2);
    }

    /**
     * Formats an interval as {@code "[lower, upper]"}, or {@code "-"} when there is none.
     *
     * @param interval the interval, or null
     * @param digits   the significant digits of each bound
     * @return the text
     */
    public static String interval(ConfidenceInterval interval, int digits) {
        if (interval == null) {
            return "-";
        }
        return "[" + significant(interval.lower(), digits) + ", " + significant(interval.upper(), digits) + "]";
    }
}

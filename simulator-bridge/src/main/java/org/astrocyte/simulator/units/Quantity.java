package org.astrocyte.simulator.units;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit, as written in a network file ("20 ms", "-65 mV", "1.62 mV", "0.5 nS"). Converting it to
 * the working unit of an expected dimension is where unit mistakes are caught: a voltage where a time is expected
 * is an error, never a silent factor.
 *
 * @param value the number as written
 * @param unit its unit
 */
public record Quantity(double value, Unit unit) {

    private static final Pattern FORM = Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*"
            + "([A-Za-zµΩ\\u2126]+)?\\s*");

    /**
     * Parses "number unit". A bare number is only accepted for dimensionless quantities.
     *
     * @throws UnitException naming what was expected when the text is not a quantity
     */
    public static Quantity parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new UnitException("expected a number with a unit (e.g. '20 ms'), got '" + text + "'");
        }
        double value = Double.parseDouble(m.group(1));
        if (m.group(2) == null) {
            return new Quantity(value, Unit.ONE);
        }
        Unit unit = Unit.ofSymbol(m.group(2)).orElseThrow(() -> new UnitException("unknown unit '" + m.group(2)
                + "' in '" + text.strip() + "'; known units: " + Unit.symbols()));
        return new Quantity(value, unit);
    }

    /** The value in the working unit of {@code expected} (ms, mV, pA, nS, pF, MΩ, Hz), or an error naming both. */
    public double in(Dimension expected) {
        if (unit.dimension() != expected) {
            String got = unit == Unit.ONE ? "a bare number " + format(value) : "'" + this + "' ("
                    + unit.dimension().description() + ")";
            throw new UnitException("expected " + expected.description() + " in " + expected.workingUnit()
                    + " or a related unit (e.g. '" + format(value) + " " + expected.workingUnit() + "'), got " + got);
        }
        return unit.toWorking(value);
    }

    @Override
    public String toString() {
        return unit == Unit.ONE ? format(value) : format(value) + " " + unit.symbol();
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

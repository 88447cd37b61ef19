package org.astrocyte.scenarios.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figures as a plain-text table for the terminal: figure, value, unit, baseline, baseline value, ratio. Numbers keep
 * four significant digits, with thousands separators, in scientific notation only when very large or small.
 */
final class FigureTable {

    private static final String[] HEADER = {"figure", "value", "unit", "baseline", "baseline value", "ratio"};

    /** Which columns hold numbers, and are aligned right. */
    private static final boolean[] NUMERIC = {false, true, false, false, true, true};

    private static final int SIGNIFICANT_DIGITS = 4;

    private static final String ABSENT = "-";

    private FigureTable() {
    }

    static String format(List<Figure> figures) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Figure figure : figures) {
            rows.add(new String[] {figure.name(), number(figure.value()), figure.unit(),
                figure.baseline() == null ? ABSENT : figure.baseline(), number(figure.baselineValue()),
                number(figure.ratio())});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                String padding = " ".repeat(widths[c] - row[c].length());
                line.append(NUMERIC[c] ? padding + row[c] : row[c] + padding);
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** {@code value} to four significant digits; {@code -} for none. */
    static String number(Double value) {
        if (value == null) {
            return ABSENT;
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e12)) {
            return String.format(Locale.ROOT, "%." + (SIGNIFICANT_DIGITS - 1) + "e", value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(SIGNIFICANT_DIGITS));
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(SIGNIFICANT_DIGITS + 3);
        return format.format(rounded);
    }
}

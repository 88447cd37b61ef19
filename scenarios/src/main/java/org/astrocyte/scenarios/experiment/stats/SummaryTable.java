package org.astrocyte.scenarios.experiment.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders condition summaries for people (a fixed-width text table for the terminal, a Markdown table for a
 * README) and for programs (CSV, conventionally written to {@value #CSV_FILE_NAME}).
 *
 * <p>Both tables have one row per summary and the columns group, metric, n, excluded, mean, sd, se, the t and
 * bootstrap 95 % intervals, min and max; figures have {@value #DIGITS} significant digits, formatted the same in
 * every locale, and an absent figure (n = 1) shows as {@code NaN} or {@code -}. The CSV keeps every figure exactly.
 */
public final class SummaryTable {

    /** The conventional name of the summary CSV file. */
    public static final String CSV_FILE_NAME = "summary.csv";

    /** The significant digits of the figures in the text and Markdown tables. */
    public static final int DIGITS = 4;

    private static final List<String> HEADER = List.of("group", "metric", "n", "excluded", "mean", "sd", "se",
            "t 95% CI", "bootstrap 95% CI", "min", "max");

    /** Columns up to this index are text and align left; the others are figures and align right. */
    private static final int TEXT_COLUMNS = 2;

    private SummaryTable() {
    }

    /**
     * Renders a fixed-width text table: a header line, a line of dashes, and one line per summary, columns
     * separated by two spaces.
     *
     * @param summaries the summaries, in the order to show
     * @return the table, each line ended by a line feed
     */
    public static String text(List<ConditionSummary> summaries) {
        List<List<String>> rows = rows(summaries);
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            appendPadded(table, rows.get(r), widths);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                appendPadded(table, rule, widths);
            }
        }
        return table.toString();
    }

    private static void appendPadded(StringBuilder table, List<String> row, int[] widths) {
        for (int c = 0; c < widths.length; c++) {
            String cell = row.get(c);
            String padding = " ".repeat(widths[c] - cell.length());
            table.append(c == 0 ? "" : "  ").append(c < TEXT_COLUMNS ? cell + padding : padding + cell);
        }
        table.append('\n');
    }

    /**
     * Renders a GitHub-flavoured Markdown table: header, alignment row (text left, figures right), one row per
     * summary; a {@code |} inside a cell is escaped.
     *
     * @param summaries the summaries, in the order to show
     * @return the table, each line ended by a line feed
     */
    public static String markdown(List<ConditionSummary> summaries) {
        List<List<String>> rows = rows(summaries);
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            table.append('|');
            for (String cell : rows.get(r)) {
                table.append(' ').append(cell.replace("|", "\\|")).append(" |");
            }
            table.append('\n');
            if (r == 0) {
                table.append('|');
                for (int c = 0; c < HEADER.size(); c++) {
                    table.append(c < TEXT_COLUMNS ? " --- |" : " ---: |");
                }
                table.append('\n');
            }
        }
        return table.toString();
    }

    /**
     * The table's cells as text, for renderings elsewhere (the HTML report): the header row, then one row per summary,
     * figures to {@value #DIGITS} significant digits.
     *
     * @param summaries the summaries, in the order to show
     * @return the rows, the header first
     */
    public static List<List<String>> rows(List<ConditionSummary> summaries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ConditionSummary s : summaries) {
            rows.add(List.of(s.group().label(), s.metric(), Integer.toString(s.n()), Integer.toString(s.excluded()),
                    Figures.significant(s.mean(), DIGITS), Figures.significant(s.standardDeviation(), DIGITS),
                    Figures.significant(s.standardError(), DIGITS), Figures.interval(s.tInterval(), DIGITS),
                    Figures.interval(s.bootstrapInterval(), DIGITS), Figures.significant(s.min(), DIGITS),
                    Figures.significant(s.max(), DIGITS)));
        }
        return rows;
    }

    /**
     * Renders the summaries as CSV text, one row per summary, every figure exact (see {@link #parseCsv}).
     *
     * @param summaries the summaries
     * @return the CSV text with a header line, lines ended by a line feed
     */
    public static String csv(List<ConditionSummary> summaries) {
        return SummaryCsv.write(summaries);
    }

    /**
     * Reads summaries back from CSV text written by {@link #csv}. Columns are found by their header names, so
     * extra columns are ignored; columns named {@code param.<name>} give the group's parameters.
     *
     * @param csv the CSV text
     * @return the summaries, in row order
     * @throws IllegalArgumentException if a column is missing or a row is malformed
     */
    public static List<ConditionSummary> parseCsv(String csv) {
        return SummaryCsv.read(csv);
    }

    /**
     * Writes the summaries as a UTF-8 CSV file, replacing it if it exists.
     *
     * @param file      the file, conventionally named {@value #CSV_FILE_NAME}
     * @param summaries the summaries
     * @throws IOException if the file cannot be written
     */
    public static void writeCsv(Path file, List<ConditionSummary> summaries) throws IOException {
        Files.writeString(file, csv(summaries), StandardCharsets.UTF_8);
    }

    /**
     * Reads summaries from a UTF-8 CSV file written by {@link #writeCsv}.
     *
     * @param file the file
     * @return the summaries, in row order
     * @throws IOException if the file cannot be read
     */
    public static List<ConditionSummary> readCsv(Path file) throws IOException {
        return parseCsv(Files.readString(file, StandardCharsets.UTF_8));
    }
}

package org.astrocyte.scenarios.experiment.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The declared comparisons for programs: CSV, conventionally written to {@value #CSV_FILE_NAME}, every figure exact
 * (see {@link ComparisonCsv}), so that a report or a script can read back what the experiment concluded.
 */
public final class ComparisonTable {

    /** The conventional name of the comparisons CSV file. */
    public static final String CSV_FILE_NAME = "comparisons.csv";

    private ComparisonTable() {
    }

    /**
     * Renders comparisons as CSV text: a header line, then one row per comparison.
     *
     * @param comparisons the comparisons, each within one setting (both groups with the same parameters)
     * @return the CSV text, lines ended by a line feed
     * @throws IllegalArgumentException if a comparison's groups differ in their parameters
     */
    public static String csv(List<Comparison> comparisons) {
        return ComparisonCsv.write(comparisons);
    }

    /**
     * Reads comparisons back from CSV text written by {@link #csv}; columns are found by their header names.
     *
     * @param csv the CSV text
     * @return the comparisons, in row order
     * @throws IllegalArgumentException naming the column or row, if a column is missing or a row is malformed
     */
    public static List<Comparison> parseCsv(String csv) {
        return ComparisonCsv.read(csv);
    }

    /**
     * Writes comparisons as a UTF-8 CSV file (a header alone when there are none), replacing it if it exists.
     *
     * @param file        the file, conventionally named {@value #CSV_FILE_NAME}
     * @param comparisons the comparisons
     * @throws IOException if the file cannot be written
     */
    public static void writeCsv(Path file, List<Comparison> comparisons) throws IOException {
        Files.writeString(file, csv(comparisons), StandardCharsets.UTF_8);
    }

    /**
     * Reads comparisons from a UTF-8 CSV file written by {@link #writeCsv}.
     *
     * @param file the file
     * @return the comparisons, in row order
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException naming the file and what is wrong in it
     */
    public static List<Comparison> readCsv(Path file) throws IOException {
        try {
            return parseCsv(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}

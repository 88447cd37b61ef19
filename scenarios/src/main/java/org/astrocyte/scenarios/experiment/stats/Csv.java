package org.astrocyte.scenarios.experiment.stats;

import java.util.ArrayList;
import java.util.List;

/** Comma-separated values as RFC 4180 describes them: fields quoted when needed, quotes doubled. */
final class Csv {

    private Csv() {
    }

    /**
     * Joins fields into one record line, without the line end.
     *
     * @param fields the fields
     * @return the line
     */
    static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        return line.toString();
    }

    private static String quote(String field) {
        boolean needsQuotes = field.contains(",") || field.contains("\"") || field.contains("\n")
                || field.contains("\r") || !field.equals(field.strip());
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /**
     * Splits a whole CSV text into records of fields; quoted fields may hold commas, quotes and line ends. Line
     * ends are LF or CR LF; a final line end is optional; empty lines are skipped.
     *
     * @param text the text
     * @return the records
     * @throws IllegalArgumentException if a quoted field is not closed
     */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted CSV field is not closed");
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field,
            boolean fieldStarted) {
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
    }
}

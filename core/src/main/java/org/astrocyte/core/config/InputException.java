package org.astrocyte.core.config;

import java.nio.file.Path;

/**
 * Bad input from a user's file: says which file, where in it (1-based line and column, 0 when unknown) and what
 * was expected. Its message is meant to be shown as is, without a stack trace.
 */
public final class InputException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;

    public InputException(Path file, int line, int column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(Path file, int line, int column, String problem) {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What was wrong, without the location. */
    public String problem() {
        return problem;
    }
}

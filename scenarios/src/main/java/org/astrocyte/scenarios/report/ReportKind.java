package org.astrocyte.scenarios.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** What an output folder holds: one run ({@code summary.json} and a trace) or an experiment ({@code results.jsonl}). */
public enum ReportKind {
    RUN, EXPERIMENT;

    /**
     * The kind of {@code dir}.
     *
     * @throws IllegalArgumentException naming what was expected, if it is neither
     */
    public static ReportKind of(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such folder (expected the output folder of "
                    + "'astrocyte run' or 'astrocyte experiment')");
        }
        if (Files.isRegularFile(dir.resolve("results.jsonl"))) {
            return EXPERIMENT;
        }
        if (Files.isRegularFile(dir.resolve("summary.json")) && Files.isRegularFile(dir.resolve("trace.jsonl"))) {
            return RUN;
        }
        throw new IllegalArgumentException(dir + ": neither a run (summary.json and trace.jsonl) nor an experiment "
                + "(results.jsonl)");
    }
}

package org.astrocyte.scenarios.report.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.astrocyte.core.config.InputException;
import org.astrocyte.scenarios.experiment.ExperimentSpec;
import org.astrocyte.scenarios.experiment.ExperimentSpecFile;
import org.astrocyte.scenarios.experiment.ExperimentSummary;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.astrocyte.scenarios.experiment.stats.Comparison;
import org.astrocyte.scenarios.experiment.stats.ComparisonTable;
import org.astrocyte.scenarios.experiment.stats.ConditionSummary;
import org.astrocyte.scenarios.experiment.stats.ExperimentReport;
import org.astrocyte.scenarios.experiment.stats.ExperimentStatistics;
import org.astrocyte.scenarios.experiment.stats.SummaryTable;
import org.astrocyte.scenarios.experiment.stats.TrialResult;

/**
 * An experiment's output folder read back for its report: the trials from {@code results.jsonl}, the summaries
 * from {@code summary.csv}, the comparisons from {@code comparisons.csv} and the spec from {@code experiment.json}.
 * Where a file is missing (an experiment that has not finished, or a folder written by an older version), what can
 * be is recomputed from the trials, and {@link #notes()} says so.
 *
 * @param dir         the folder
 * @param name        the experiment's name (the folder's, when there is no spec)
 * @param spec        the experiment as it ran, or null when the folder has no {@code experiment.json}
 * @param log         the trials
 * @param summaries   one per group and metric, metric-major
 * @param comparisons the declared comparisons; empty when none was declared or they are unknown (see notes)
 * @param omissions   summaries and comparisons that could not be computed, and why (known when recomputed only)
 * @param notes       what the report should tell its reader about missing or recomputed files
 */
public record ExperimentFolder(Path dir, String name, ExperimentSpec spec, TrialLog log,
        List<ConditionSummary> summaries, List<Comparison> comparisons, List<String> omissions, List<String> notes) {

    /** How {@code summary.md} begins, before the experiment's name. */
    private static final String MARKDOWN_TITLE = "# Experiment ";

    public ExperimentFolder {
        summaries = List.copyOf(summaries);
        comparisons = List.copyOf(comparisons);
        omissions = List.copyOf(omissions);
        notes = List.copyOf(notes);
    }

    /**
     * Reads {@code dir}.
     *
     * @throws InputException naming the file (and line) of a missing {@code results.jsonl} or a malformed file
     */
    public static ExperimentFolder read(Path dir) throws IOException {
        TrialLog log = TrialLog.read(dir.resolve(TrialLog.FILE));
        ExperimentSpec spec = ExperimentSpecFile.read(dir).orElse(null);
        String name = name(dir, spec);
        List<String> notes = new ArrayList<>();
        if (log.cutShort()) {
            notes.add("The last line of " + TrialLog.FILE + " is cut short: a trial was running when the experiment "
                    + "stopped. It is left out.");
        }
        Path summaryCsv = dir.resolve(SummaryTable.CSV_FILE_NAME);
        Path comparisonCsv = dir.resolve(ComparisonTable.CSV_FILE_NAME);
        boolean missing = !Files.isRegularFile(summaryCsv) || !Files.isRegularFile(comparisonCsv) && spec != null;
        ExperimentReport recomputed = missing ? recompute(spec, log) : null;
        List<ConditionSummary> summaries;
        if (Files.isRegularFile(summaryCsv)) {
            summaries = readSummaries(summaryCsv);
        } else {
            summaries = recomputed == null ? List.of() : recomputed.summaries();
            notes.add(SummaryTable.CSV_FILE_NAME + " is missing (the experiment has not finished, or no trial "
                    + "succeeded): " + (recomputed == null ? "there are no statistics."
                    : "the statistics below are computed from the " + log.succeeded().size() + " trials in "
                    + TrialLog.FILE + " that succeeded."));
        }
        List<Comparison> comparisons = List.of();
        if (Files.isRegularFile(comparisonCsv)) {
            comparisons = ComparisonTable.readCsv(comparisonCsv);
        } else if (spec != null) {
            comparisons = recomputed == null ? List.of() : recomputed.comparisons();
            if (!spec.compare().isEmpty() && recomputed != null) {
                notes.add(ComparisonTable.CSV_FILE_NAME + " is missing: the comparisons that "
                        + ExperimentSpecFile.FILE + " declares are computed from " + TrialLog.FILE + ".");
            }
        } else {
            notes.add("This folder has neither " + ComparisonTable.CSV_FILE_NAME + " nor " + ExperimentSpecFile.FILE
                    + " (an older version wrote it), so its declared comparisons are unknown here"
                    + (Files.isRegularFile(dir.resolve(ExperimentSummary.MARKDOWN)) ? "; summary.md lists them" : "")
                    + ". 'astrocyte experiment FILE --out DIR --resume' writes both without running a trial again.");
        }
        List<String> omissions = recomputed == null ? List.of() : recomputed.omissions();
        return new ExperimentFolder(dir, name, spec, log, summaries, comparisons, omissions, notes);
    }

    /** The spec's name; else the title of {@code summary.md}; else the folder's name. */
    private static String name(Path dir, ExperimentSpec spec) throws IOException {
        if (spec != null) {
            return spec.name();
        }
        Path markdown = dir.resolve(ExperimentSummary.MARKDOWN);
        if (Files.isRegularFile(markdown)) {
            try (var lines = Files.lines(markdown)) {
                String title = lines.findFirst().orElse("");
                if (title.startsWith(MARKDOWN_TITLE) && !title.substring(MARKDOWN_TITLE.length()).isBlank()) {
                    return title.substring(MARKDOWN_TITLE.length()).strip();
                }
            }
        }
        return String.valueOf(dir.toAbsolutePath().normalize().getFileName());
    }

    private static List<ConditionSummary> readSummaries(Path file) throws IOException {
        try {
            return SummaryTable.readCsv(file);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, 0, 0, e.getMessage());
        }
    }

    /** The metrics in the order of the summaries (the spec's order, or the order the trials measured them in). */
    public List<String> metrics() {
        Set<String> metrics = new LinkedHashSet<>();
        summaries.forEach(s -> metrics.add(s.metric()));
        return List.copyOf(metrics);
    }

    /**
     * The statistics of the trials as the experiment computes them (the spec's metrics and pairs), or of every metric
     * without comparisons when there is no spec; null when no trial succeeded.
     */
    private static ExperimentReport recompute(ExperimentSpec spec, TrialLog log) {
        if (spec != null) {
            return ExperimentSummary.of(spec, log.outcomes());
        }
        List<TrialResult> results = new ArrayList<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (TrialOutcome o : log.succeeded()) {
            results.add(new TrialResult(o.id(), o.condition(), o.parameters(), o.seed(), o.metrics()));
            metrics.addAll(o.metrics().keySet());
        }
        if (results.isEmpty() || metrics.isEmpty()) {
            return null;
        }
        return new ExperimentStatistics(results).report(List.copyOf(metrics), List.of(), 1L);
    }
}

package org.astrocyte.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.astrocyte.scenarios.experiment.stats.ConditionPair;
import org.astrocyte.scenarios.experiment.stats.ExperimentReport;
import org.astrocyte.scenarios.experiment.stats.ExperimentStatistics;
import org.astrocyte.scenarios.experiment.stats.SummaryTable;
import org.astrocyte.scenarios.experiment.stats.TrialResult;
import org.astrocyte.scenarios.plot.ExperimentPlot;

/**
 * Turns an experiment's trial outcomes into its statistics: a summary per group and metric (mean, standard
 * deviation, 95% t and bootstrap intervals) and the declared comparisons, written as {@code summary.csv} and
 * {@code summary.md}.
 */
public final class ExperimentSummary {

    /** The Markdown summary: the table and the comparisons' verdicts, ready for a README. */
    public static final String MARKDOWN = "summary.md";
    /** The plot of every metric per condition and setting, with 95% intervals. */
    public static final String PLOT = "summary.png";

    private ExperimentSummary() {
    }

    /** The report of {@code outcomes} (succeeded trials only); null when no trial succeeded. */
    public static ExperimentReport of(ExperimentSpec spec, List<TrialOutcome> outcomes) {
        List<TrialResult> results = outcomes.stream().filter(TrialOutcome::ok)
                .map(o -> new TrialResult(o.id(), o.condition(), o.parameters(), o.seed(), o.metrics())).toList();
        if (results.isEmpty()) {
            return null;
        }
        Set<String> metrics = new LinkedHashSet<>();
        if (spec.metrics().isEmpty()) {
            results.forEach(r -> metrics.addAll(r.metrics().keySet()));
        } else {
            spec.metrics().forEach(m -> metrics.add(m.name().toLowerCase(Locale.ROOT)));
        }
        List<ConditionPair> pairs = spec.compare().stream().map(c -> new ConditionPair(c.a(), c.b())).toList();
        return new ExperimentStatistics(results).report(List.copyOf(metrics), pairs, spec.firstSeed());
    }

    /** Writes {@code summary.csv} and {@code summary.md} into {@code dir}. */
    public static void write(ExperimentSpec spec, ExperimentReport report, Path dir) throws IOException {
        SummaryTable.writeCsv(dir.resolve(SummaryTable.CSV_FILE_NAME), report.summaries());
        StringBuilder markdown = new StringBuilder("# Experiment ").append(spec.name()).append("\n\n")
                .append(SummaryTable.markdown(report.summaries())).append('\n');
        if (!report.comparisons().isEmpty()) {
            markdown.append("\n## Comparisons\n\n");
            report.verdicts().forEach(v -> markdown.append("- ").append(v).append('\n'));
        }
        if (!report.omissions().isEmpty()) {
            markdown.append("\n## Left out\n\n");
            report.omissions().forEach(o -> markdown.append("- ").append(o).append('\n'));
        }
        Files.writeString(dir.resolve(MARKDOWN), markdown.toString());
        if (!report.summaries().isEmpty()) {
            ExperimentPlot.write(spec.name(), report.summaries(), dir.resolve(PLOT));
        }
    }
}

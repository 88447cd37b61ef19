package org.astrocyte.scenarios.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.astrocyte.scenarios.experiment.stats.ComparisonTable;
import org.astrocyte.scenarios.experiment.stats.ConditionPair;
import org.astrocyte.scenarios.experiment.stats.ExperimentReport;
import org.astrocyte.scenarios.experiment.stats.ExperimentStatistics;
import org.astrocyte.scenarios.experiment.stats.PivotTable;
import org.astrocyte.scenarios.experiment.stats.SummaryTable;
import org.astrocyte.scenarios.experiment.stats.TrialResult;
import org.astrocyte.scenarios.plot.ExperimentPlot;

/**
 * Turns an experiment's trial outcomes into its statistics: a summary per group and metric (mean, standard
 * deviation, 95% t and bootstrap intervals) and the declared comparisons, written for programs as {@code summary.csv}
 * and {@code comparisons.csv}, for people as {@code summary.md}, and plotted as {@code summary.png} and
 * {@code summary.svg}.
 */
public final class ExperimentSummary {

    /** The Markdown summary: the table and the comparisons' verdicts, ready for a README. */
    public static final String MARKDOWN = "summary.md";
    /** The plot of every metric per condition and setting, with 95% intervals. */
    public static final String PLOT = "summary.png";
    /** The same plot as a vector drawing, for papers. */
    public static final String VECTOR_PLOT = "summary.svg";

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

    /**
     * Publishes an experiment's results for readers: its plot as {@code dir/NAME.png}, its tables as
     * {@code dir/NAME.md}, and the tables with the plot into {@code readme} between the lines
     * {@code <!-- experiment:NAME -->} and {@code <!-- /experiment:NAME -->}, when the readme has them.
     *
     * @return whether the readme was updated
     */
    public static boolean publish(ExperimentSpec spec, ExperimentReport report, Path outputDir, Path dir,
            Path readme) throws IOException {
        Files.createDirectories(dir);
        Files.copy(outputDir.resolve(PLOT), dir.resolve(spec.name() + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(outputDir.resolve(MARKDOWN), dir.resolve(spec.name() + ".md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (readme == null || !Files.exists(readme)) {
            return false;
        }
        String start = "<!-- experiment:" + spec.name() + " -->";
        String end = "<!-- /experiment:" + spec.name() + " -->";
        String text = Files.readString(readme);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            return false;
        }
        Path relative = readme.toAbsolutePath().getParent().relativize(dir.toAbsolutePath().resolve(spec.name()));
        String block = start + "\n\n" + PivotTable.markdown(report.summaries()) + "![" + spec.name() + "]("
                + relative + ".png)\n\n" + "Every group and every comparison: [" + relative + ".md](" + relative
                + ".md).\n\n";
        Files.writeString(readme, text.substring(0, from) + block + text.substring(to));
        return true;
    }

    /**
     * Writes {@code summary.csv}, {@code comparisons.csv} (a header alone when no pair is declared),
     * {@code summary.md} and the plots {@code summary.png} and {@code summary.svg} into {@code dir}.
     */
    public static void write(ExperimentSpec spec, ExperimentReport report, Path dir) throws IOException {
        SummaryTable.writeCsv(dir.resolve(SummaryTable.CSV_FILE_NAME), report.summaries());
        ComparisonTable.writeCsv(dir.resolve(ComparisonTable.CSV_FILE_NAME), report.comparisons());
        StringBuilder markdown = new StringBuilder("# Experiment ").append(spec.name()).append("\n\n")
                .append(PivotTable.markdown(report.summaries())).append("## Every group\n\n")
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
            ExperimentPlot.write(spec.name(), report.summaries(), dir.resolve(VECTOR_PLOT));
        }
    }
}

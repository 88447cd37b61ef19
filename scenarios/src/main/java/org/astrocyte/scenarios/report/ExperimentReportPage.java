package org.astrocyte.scenarios.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.scenarios.experiment.stats.ConditionSummary;
import org.astrocyte.scenarios.experiment.stats.SummaryTable;

/** The HTML report of an experiment folder: every group's summary of every metric. */
public final class ExperimentReportPage {

    private ExperimentReportPage() {
    }

    /**
     * Writes the report of the experiment in {@code dir} to {@code file}.
     *
     * @throws IllegalArgumentException if the folder has no {@code summary.csv} (the experiment has not finished)
     */
    public static Path write(Path dir, Path file) throws IOException {
        Path csv = dir.resolve(SummaryTable.CSV_FILE_NAME);
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException(dir + ": no " + SummaryTable.CSV_FILE_NAME
                    + " (written when an experiment finishes: run it again with --resume)");
        }
        List<ConditionSummary> summaries = SummaryTable.readCsv(csv);
        return new SelfContainedPage("Experiment " + dir.getFileName())
                .style("org/astrocyte/scenarios/report/report.css")
                .html("<h1>Experiment " + SelfContainedPage.escape(String.valueOf(dir.getFileName())) + "</h1>")
                .html("<h2>Every group</h2>")
                .html(SummaryTable.html(summaries))
                .write(file);
    }
}

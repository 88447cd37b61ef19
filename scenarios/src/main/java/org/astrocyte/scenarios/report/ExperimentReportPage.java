package org.astrocyte.scenarios.report;

import static org.astrocyte.scenarios.report.SelfContainedPage.escape;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.astrocyte.scenarios.experiment.ExperimentSpecFile;
import org.astrocyte.scenarios.experiment.ExperimentSummary;
import org.astrocyte.scenarios.experiment.stats.ComparisonTable;
import org.astrocyte.scenarios.experiment.stats.SummaryTable;
import org.astrocyte.scenarios.report.experiment.ExperimentFolder;
import org.astrocyte.scenarios.report.experiment.ExperimentPageData;
import org.astrocyte.scenarios.report.experiment.ExperimentSections;
import org.astrocyte.scenarios.report.experiment.TrialLog;

/**
 * The HTML report of an experiment folder: a chart per metric (and scenario) of every group's mean with its 95%
 * interval and its trials' values, the pivot tables, the declared comparisons, every group's summary, the trials
 * (failed ones with their errors) and links to the folder's files, the static plots for papers among them.
 */
public final class ExperimentReportPage {

    /** The element that holds the charts' data, {@link ExperimentPageData} as JSON. */
    public static final String DATA_ID = "experiment-data";

    private static final String RESOURCES = "org/astrocyte/scenarios/report/experiment/";

    private ExperimentReportPage() {
    }

    /**
     * Writes the report of the experiment in {@code dir} to {@code file}.
     *
     * @throws org.astrocyte.core.config.InputException naming the file (and line) if {@code results.jsonl} is missing
     *                                                  or a file of the folder is malformed
     */
    public static Path write(Path dir, Path file) throws IOException {
        ExperimentFolder folder = ExperimentFolder.read(dir);
        ExperimentPageData data = ExperimentPageData.of(folder);
        Path from = file.toAbsolutePath().getParent();
        String title = "Experiment " + folder.name();
        return new SelfContainedPage(title)
                .style("org/astrocyte/scenarios/report/report.css")
                .style(RESOURCES + "experiment.css")
                .html("<header>\n<h1>" + escape(title) + "</h1>\n" + ExperimentSections.lede(folder, data)
                        + "\n<nav>" + nav() + "</nav>\n</header>")
                .html(ExperimentSections.notes(folder))
                .html(ExperimentSections.charts(links(dir, from, List.of(ExperimentSummary.VECTOR_PLOT,
                        ExperimentSummary.PLOT))))
                .html(ExperimentSections.pivots(data))
                .html(ExperimentSections.comparisons(folder))
                .html(ExperimentSections.groups(folder))
                .html(ExperimentSections.trials(folder))
                .html("<section id=\"files\">\n<h2>Files</h2>\n<p>" + links(dir, from, List.of(TrialLog.FILE,
                        "results.csv", SummaryTable.CSV_FILE_NAME, ComparisonTable.CSV_FILE_NAME,
                        ExperimentSummary.MARKDOWN, ExperimentSummary.VECTOR_PLOT, ExperimentSummary.PLOT,
                        ExperimentSpecFile.FILE)) + "</p>\n</section>")
                .data(DATA_ID, data)
                .chartJs()
                .script(RESOURCES + "error-bars.js")
                .script(RESOURCES + "experiment-report.js")
                .write(file);
    }

    private static String nav() {
        StringJoiner nav = new StringJoiner(" ");
        List.of("charts", "tables", "comparisons", "groups", "trials", "files").forEach(id -> nav.add(
                "<a href=\"#" + id + "\">" + (id.equals("groups") ? "every group" : id) + "</a>"));
        return nav.toString();
    }

    /** Links, relative to the report's folder {@code from}, to those of {@code names} that {@code dir} holds. */
    private static String links(Path dir, Path from, List<String> names) {
        List<String> links = new ArrayList<>();
        for (String name : names) {
            Path target = dir.toAbsolutePath().resolve(name);
            if (Files.isRegularFile(target)) {
                links.add("<a href=\"" + href(from.relativize(target)) + "\">" + escape(name) + "</a>");
            }
        }
        return links.isEmpty() ? "<span class=\"muted\">none in this folder</span>" : String.join(" · ", links);
    }

    private static String href(Path relative) {
        StringJoiner href = new StringJoiner("/");
        relative.forEach(part -> href.add(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8)
                .replace("+", "%20")));
        return escape(href.toString());
    }
}

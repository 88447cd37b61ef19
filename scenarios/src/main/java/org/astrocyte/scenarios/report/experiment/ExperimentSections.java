package org.astrocyte.scenarios.report.experiment;

import static org.astrocyte.scenarios.report.SelfContainedPage.escape;

import java.util.List;
import java.util.StringJoiner;
import org.astrocyte.scenarios.experiment.ExperimentSpec;
import org.astrocyte.scenarios.experiment.stats.SummaryTable;
import org.astrocyte.scenarios.report.experiment.ExperimentPageData.Parameter;

/** The sections of an experiment's report page, as HTML; the page's script draws the charts into theirs. */
public final class ExperimentSections {

    /** Up to this many summaries, the table of every group shows opened. */
    private static final int OPEN_GROUPS = 24;

    private ExperimentSections() {
    }

    /** One line under the title: the design (conditions, parameters, seeds) and the trials. */
    public static String lede(ExperimentFolder folder, ExperimentPageData data) {
        StringJoiner parts = new StringJoiner(" · ");
        parts.add(data.conditions().size() + " conditions");
        for (Parameter parameter : data.parameters()) {
            parts.add(escape(parameter.name()) + ": " + escape(String.join(", ", parameter.values())));
        }
        ExperimentSpec spec = folder.spec();
        if (spec != null) {
            parts.add(spec.seeds() + (spec.seeds() == 1 ? " seed" : " seeds")
                    + (spec.trials() > 1 ? " × " + spec.trials() + " repetitions" : ""));
        }
        TrialLog log = folder.log();
        parts.add(log.outcomes().size() + " trials (" + log.failed().size() + " failed)");
        return "<p class=\"lede\">" + parts + "</p>";
    }

    /** What the reader should know about missing or recomputed files; empty when there is nothing to say. */
    public static String notes(ExperimentFolder folder) {
        if (folder.notes().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"notes\"><ul>\n");
        folder.notes().forEach(note -> html.append("<li>").append(escape(note)).append("</li>\n"));
        return html.append("</ul></div>").toString();
    }

    /** The charts' section: the controls, the (empty) grid the script fills, and {@code plotLinks}. */
    public static String charts(String plotLinks) {
        return """
                <section id="charts">
                <h2>Charts</h2>
                <form class="controls" id="chart-controls" onsubmit="return false">
                <label>along x <select id="chart-x"></select></label>
                <span class="choice">95% interval
                <label><input type="radio" name="chart-interval" value="t" checked> Student's t</label>
                <label><input type="radio" name="chart-interval" value="bootstrap"> bootstrap</label></span>
                <label><input type="checkbox" id="chart-trials" checked> trials as dots</label>
                </form>
                <p class="muted">A point is a group's mean, its bar the 95% confidence interval of the mean; faint \
                dots are single trials. Click a legend entry to hide its series; hover for the figures.</p>
                <div id="chart-grid" class="chart-grid"></div>
                <p class="figures">Static figures for papers (t intervals): PLOT_LINKS</p>
                </section>""".replace("PLOT_LINKS", plotLinks);
    }

    /** The pivot tables, one per metric. */
    public static String pivots(ExperimentPageData data) {
        return "<section id=\"tables\">\n<h2>Means per condition and setting</h2>\n" + PivotHtml.html(data)
                + "</section>";
    }

    /** The declared comparisons, and what could not be compared. */
    public static String comparisons(ExperimentFolder folder) {
        StringBuilder html = new StringBuilder("<section id=\"comparisons\">\n<h2>Comparisons</h2>\n");
        if (folder.comparisons().isEmpty()) {
            html.append("<p class=\"muted\">No comparison").append(folder.spec() != null
                    && folder.spec().compare().isEmpty() ? " declared (add 'compare' to the experiment)." : ".")
                    .append("</p>\n");
        } else {
            html.append("<p class=\"muted\">Each row compares condition B with condition A in one setting: the "
                    + "difference of means with its Welch 95% interval, Hedges' g (standardised, bias-corrected) "
                    + "with its approximate 95% interval, and two-sided p-values. Highlighted rows have a "
                    + "difference interval that excludes zero; hover a row for its verdict in words.</p>\n")
                    .append(ComparisonHtml.html(folder.comparisons()));
        }
        if (!folder.omissions().isEmpty()) {
            html.append("<details><summary>").append(folder.omissions().size())
                    .append(" summaries or comparisons left out</summary>\n<ul>\n");
            folder.omissions().forEach(o -> html.append("<li>").append(escape(o)).append("</li>\n"));
            html.append("</ul></details>\n");
        }
        return html.append("</section>").toString();
    }

    /** Every group's summary of every metric (opened when short). */
    public static String groups(ExperimentFolder folder) {
        int size = folder.summaries().size();
        return "<section id=\"groups\">\n<h2>Every group</h2>\n<details" + (size <= OPEN_GROUPS ? " open" : "")
                + "><summary>" + size + " summaries: n, mean, sd, se, t and bootstrap 95% intervals, min, max"
                + "</summary>\n" + summaryTable(folder) + "</details>\n</section>";
    }

    /** The summaries as a table: the cells of {@link SummaryTable#rows}, escaped. */
    private static String summaryTable(ExperimentFolder folder) {
        List<List<String>> rows = SummaryTable.rows(folder.summaries());
        StringBuilder table = new StringBuilder("<table class=\"summary\">\n");
        for (int r = 0; r < rows.size(); r++) {
            String cell = r == 0 ? "th" : "td";
            table.append("<tr>");
            rows.get(r).forEach(text -> table.append('<').append(cell).append('>').append(escape(text))
                    .append("</").append(cell).append('>'));
            table.append("</tr>\n");
        }
        return table.append("</table>\n").toString();
    }

    /** The trials: counts, per condition, and the failed ones with their errors. */
    public static String trials(ExperimentFolder folder) {
        return "<section id=\"trials\">\n<h2>Trials</h2>\n" + TrialHtml.html(folder) + "</section>";
    }
}

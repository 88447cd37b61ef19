package org.astrocyte.scenarios.report.experiment;

import static org.astrocyte.scenarios.report.SelfContainedPage.escape;

import java.util.List;
import org.astrocyte.scenarios.experiment.stats.Comparison;
import org.astrocyte.scenarios.experiment.stats.ConfidenceInterval;
import org.astrocyte.scenarios.experiment.stats.Figures;

/**
 * The declared comparisons as an HTML table: for each metric, each pair B vs A in each setting, the group sizes and
 * means, the difference B - A with its Welch 95% interval, Hedges' g with its 95% interval, and the Welch and
 * Mann-Whitney p-values; a header row per metric and per pair. Rows whose difference interval excludes zero are
 * marked (class {@code clear}); every row's title is its verdict in words.
 */
final class ComparisonHtml {

    private static final int DIGITS = 3;
    private static final String HEADER = "<tr><th>setting</th><th>n A, B</th><th>mean A</th><th>mean B</th>"
            + "<th>B − A [95% CI]</th><th>Hedges' g [95% CI]</th><th>p (Welch)</th><th>p (Mann–Whitney)</th></tr>\n";
    private static final int COLUMNS = 8;

    private ComparisonHtml() {
    }

    static String html(List<Comparison> comparisons) {
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table class=\"comparisons\">\n<thead>")
                .append(HEADER).append("</thead>\n<tbody>\n");
        String metric = null;
        String pair = null;
        for (Comparison c : comparisons) {
            if (!c.metric().equals(metric)) {
                metric = c.metric();
                pair = null;
                html.append("<tr class=\"metric\"><th colspan=\"").append(COLUMNS).append("\">")
                        .append(escape(metric)).append("</th></tr>\n");
            }
            String thisPair = c.treatment().condition() + "\n" + c.baseline().condition();
            if (!thisPair.equals(pair)) {
                pair = thisPair;
                html.append("<tr class=\"pair\"><th colspan=\"").append(COLUMNS).append("\">B = ")
                        .append(escape(c.treatment().condition())).append(" <span class=\"muted\">vs</span> A = ")
                        .append(escape(c.baseline().condition())).append("</th></tr>\n");
            }
            html.append(row(c));
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }

    private static String row(Comparison c) {
        ConfidenceInterval difference = c.differenceInterval();
        boolean clear = difference != null && !difference.contains(0.0);
        String setting = c.baseline().parameters().equals(c.treatment().parameters()) ? c.baseline().setting()
                : c.treatment().setting() + " vs " + c.baseline().setting();
        return "<tr" + (clear ? " class=\"clear\"" : "") + " title=\"" + escape(c.verdict()) + "\">"
                + "<td>" + escape(setting.isEmpty() ? "all trials" : setting) + "</td>"
                + "<td>" + c.baselineN() + ", " + c.treatmentN() + "</td>"
                + "<td>" + Figures.significant(c.baselineMean(), DIGITS) + "</td>"
                + "<td>" + Figures.significant(c.treatmentMean(), DIGITS) + "</td>"
                + "<td class=\"difference\">" + signed(c.difference()) + " " + interval(difference) + "</td>"
                + "<td>" + (Double.isNaN(c.effectSize().g()) ? "–" : signed(c.effectSize().g()) + " "
                        + interval(c.effectSize().interval())) + "</td>"
                + p(c.welchP()) + p(c.mannWhitneyP()) + "</tr>\n";
    }

    private static String signed(double value) {
        String text = Figures.significant(value, DIGITS);
        return value > 0 ? "+" + text : text;
    }

    private static String interval(ConfidenceInterval interval) {
        return "<span class=\"muted\">" + (interval == null ? "(no spread)" : Figures.interval(interval, DIGITS))
                + "</span>";
    }

    private static String p(double p) {
        if (Double.isNaN(p)) {
            return "<td class=\"muted\">–</td>";
        }
        // Three digits, so that a p just under 0.05 does not show as 0.05.
        String text = p < 0.001 ? "&lt; 0.001" : Figures.significant(p, DIGITS);
        return "<td" + (p < 0.05 ? " class=\"significant\"" : "") + ">" + text + "</td>";
    }
}

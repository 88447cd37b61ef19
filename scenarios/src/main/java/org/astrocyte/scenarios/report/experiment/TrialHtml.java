package org.astrocyte.scenarios.report.experiment;

import static org.astrocyte.scenarios.report.SelfContainedPage.escape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.astrocyte.scenarios.experiment.TrialOutcome;

/**
 * The trials of an experiment as HTML: how many were planned, done, succeeded and failed, the same per condition,
 * and every failed trial with its error.
 */
final class TrialHtml {

    /** Most failed trials listed; the rest are counted. */
    static final int MAX_FAILED_ROWS = 500;

    private TrialHtml() {
    }

    static String html(ExperimentFolder folder) {
        TrialLog log = folder.log();
        List<TrialOutcome> failed = log.failed();
        long retried = log.outcomes().stream().filter(o -> o.attempts() > 1).count();
        StringBuilder html = new StringBuilder("<p class=\"counts\">");
        long planned = folder.spec() == null ? -1 : folder.spec().plannedTrials();
        if (planned >= 0) {
            html.append(planned).append(" planned, ");
        }
        html.append("<b>").append(log.outcomes().size()).append("</b> done: <b>").append(log.succeeded().size())
                .append("</b> succeeded, <b class=\"").append(failed.isEmpty() ? "ok" : "failed").append("\">")
                .append(failed.size()).append("</b> failed");
        if (retried > 0) {
            html.append(", ").append(retried).append(" needed a second attempt");
        }
        html.append('.');
        if (planned > log.outcomes().size()) {
            html.append(" <span class=\"failed\">").append(planned - log.outcomes().size())
                    .append(" not run yet: the experiment stopped early; 'astrocyte experiment FILE --out DIR "
                            + "--resume' finishes it.</span>");
        }
        html.append("</p>\n").append(perCondition(log.outcomes()));
        if (!failed.isEmpty()) {
            html.append("<h3>Failed trials</h3>\n").append(failedTable(failed));
        }
        return html.toString();
    }

    private static String perCondition(List<TrialOutcome> outcomes) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Double> wall = new LinkedHashMap<>();
        for (TrialOutcome o : outcomes) {
            int[] c = counts.computeIfAbsent(o.condition(), k -> new int[3]);
            c[o.ok() ? 0 : 1]++;
            c[2] += o.attempts() > 1 ? 1 : 0;
            wall.merge(o.condition(), o.wallSeconds(), Double::sum);
        }
        StringBuilder html = new StringBuilder("<table class=\"trials\">\n<tr><th>condition</th><th>succeeded</th>"
                + "<th>failed</th><th>second attempt</th><th>wall time per trial, s</th></tr>\n");
        counts.forEach((condition, c) -> html.append("<tr><td>").append(escape(condition)).append("</td><td>")
                .append(c[0]).append("</td><td").append(c[1] > 0 ? " class=\"failed\"" : "").append('>')
                .append(c[1]).append("</td><td>").append(c[2]).append("</td><td>")
                .append(String.format(Locale.ROOT, "%.2f", wall.get(condition) / (c[0] + c[1])))
                .append("</td></tr>\n"));
        return html.append("</table>\n").toString();
    }

    private static String failedTable(List<TrialOutcome> failed) {
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table class=\"failures\">\n<tr><th>trial</th>"
                + "<th>condition</th><th>setting</th><th>seed</th><th>attempts</th><th>error</th></tr>\n");
        for (TrialOutcome o : failed.subList(0, Math.min(failed.size(), MAX_FAILED_ROWS))) {
            StringJoiner setting = new StringJoiner(", ");
            o.parameters().forEach((name, value) -> setting.add(name + "=" + value));
            html.append("<tr><td>").append(String.format(Locale.ROOT, "trial-%05d", o.index())).append("</td><td>")
                    .append(escape(o.condition()))
                    .append("</td><td>").append(escape(setting.toString())).append("</td><td>").append(o.seed())
                    .append("</td><td>").append(o.attempts()).append("</td><td class=\"error\">")
                    .append(escape(String.valueOf(o.error()))).append("</td></tr>\n");
        }
        html.append("</table></div>\n");
        if (failed.size() > MAX_FAILED_ROWS) {
            html.append("<p class=\"muted\">… and ").append(failed.size() - MAX_FAILED_ROWS)
                    .append(" more failed trials (see results.jsonl).</p>\n");
        }
        return html.toString();
    }
}

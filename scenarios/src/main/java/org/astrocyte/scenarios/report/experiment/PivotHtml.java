package org.astrocyte.scenarios.report.experiment;

import static org.astrocyte.scenarios.report.SelfContainedPage.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.astrocyte.scenarios.experiment.stats.ConfidenceInterval;
import org.astrocyte.scenarios.experiment.stats.Figures;
import org.astrocyte.scenarios.report.experiment.ExperimentPageData.Group;
import org.astrocyte.scenarios.report.experiment.ExperimentPageData.Parameter;

/**
 * The pivot tables of an experiment as HTML: one table per metric, a row per condition, a column per parameter
 * setting that has the metric (the parameters as header rows, the first varying slowest), each cell the mean over
 * its 95% interval. Both intervals are written; the page shows the one its reader chose (classes {@code t} and
 * {@code boot}).
 */
final class PivotHtml {

    private static final int DIGITS = 3;

    private PivotHtml() {
    }

    static String html(ExperimentPageData data) {
        StringBuilder html = new StringBuilder();
        for (String metric : data.metrics()) {
            List<Group> groups = data.groups().stream().filter(g -> g.metric().equals(metric)).toList();
            html.append("<h3>").append(escape(metric)).append(" <span class=\"muted\">mean, 95% CI</span></h3>\n");
            html.append(table(data, groups));
        }
        return html.toString();
    }

    private static String table(ExperimentPageData data, List<Group> groups) {
        List<Parameter> parameters = data.parameters();
        List<Map<String, String>> settings = new ArrayList<>();
        groups.forEach(g -> {
            if (!settings.contains(g.parameters())) {
                settings.add(g.parameters());
            }
        });
        settings.sort(settingOrder(parameters));
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table class=\"pivot\">\n<thead>\n");
        if (parameters.isEmpty()) {
            html.append("<tr><th>condition</th><th>all trials</th></tr>\n");
        }
        for (int p = 0; p < parameters.size(); p++) {
            String name = parameters.get(p).name();
            html.append("<tr><th class=\"parameter\">").append(escape(name)).append("</th>");
            int s = 0;
            while (s < settings.size()) {
                int span = 1;
                while (s + span < settings.size() && samePrefix(settings.get(s), settings.get(s + span), parameters,
                        p)) {
                    span++;
                }
                String value = settings.get(s).get(name);
                html.append("<th").append(span > 1 ? " colspan=\"" + span + "\"" : "").append('>')
                        .append(escape(value == null ? "–" : value)).append("</th>");
                s += span;
            }
            html.append("</tr>\n");
        }
        html.append("</thead>\n<tbody>\n");
        for (String condition : data.conditions()) {
            List<Group> row = groups.stream().filter(g -> g.condition().equals(condition)).toList();
            if (row.isEmpty()) {
                continue;
            }
            html.append("<tr><th>").append(escape(condition)).append("</th>");
            for (Map<String, String> setting : settings) {
                Group cell = row.stream().filter(g -> g.parameters().equals(setting)).findFirst().orElse(null);
                html.append(cell == null ? "<td class=\"muted\">–</td>" : cell(cell));
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }

    private static String cell(Group group) {
        StringBuilder html = new StringBuilder("<td title=\"n = ").append(group.n())
                .append(group.excluded() > 0 ? ", " + group.excluded() + " without a value" : "").append("\">")
                .append(Figures.significant(group.mean(), DIGITS));
        html.append("<span class=\"ci t\">").append(interval(group.t())).append("</span>");
        html.append("<span class=\"ci boot\">").append(interval(group.bootstrap())).append("</span>");
        return html.append("</td>").toString();
    }

    private static String interval(List<Double> bounds) {
        return bounds == null ? "n = 1" : Figures.interval(new ConfidenceInterval(bounds.get(0), bounds.get(1)),
                DIGITS);
    }

    /** Whether two settings agree on the parameters up to and including index {@code last}. */
    private static boolean samePrefix(Map<String, String> a, Map<String, String> b, List<Parameter> parameters,
            int last) {
        for (int p = 0; p <= last; p++) {
            String name = parameters.get(p).name();
            if (!Objects.equals(a.get(name), b.get(name))) {
                return false;
            }
        }
        return true;
    }

    /** Settings in plan order: the first parameter varying slowest, each parameter's values in plan order. */
    static Comparator<Map<String, String>> settingOrder(List<Parameter> parameters) {
        Comparator<Map<String, String>> order = (a, b) -> 0;
        for (Parameter parameter : parameters) {
            order = order.thenComparingInt(setting -> {
                int index = parameter.values().indexOf(setting.get(parameter.name()));
                return index < 0 ? Integer.MAX_VALUE : index;
            });
        }
        return order;
    }
}

package org.astrocyte.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The HTML report of one run's output folder: its agents' figures from {@code summary.json}. */
public final class RunReportPage {

    private static final List<String> AGENT_FIGURES = List.of("foodCollected", "collisions", "plannerCalls",
            "toolCalls", "reflexOverrides", "spikes", "inputTokens", "outputTokens");

    private RunReportPage() {
    }

    /** Writes the report of the run in {@code dir} to {@code file}. */
    public static Path write(Path dir, Path file) throws IOException {
        JsonNode summary = JsonMapper.builder().build().readTree(dir.resolve("summary.json").toFile());
        String title = "Run " + summary.path("scenario").asText() + ", seed " + summary.path("seed").asText();
        StringBuilder table = new StringBuilder("<table class=\"agents\">\n<tr><th>agent</th>");
        AGENT_FIGURES.forEach(f -> table.append("<th>").append(f).append("</th>"));
        table.append("</tr>\n");
        for (JsonNode agent : summary.path("agents")) {
            table.append("<tr><td>").append(SelfContainedPage.escape(agent.path("id").asText())).append("</td>");
            AGENT_FIGURES.forEach(f -> table.append("<td>").append(agent.path(f).asText()).append("</td>"));
            table.append("</tr>\n");
        }
        return new SelfContainedPage(title)
                .style("org/astrocyte/scenarios/report/report.css")
                .html("<h1>" + SelfContainedPage.escape(title) + "</h1>")
                .html("<h2>Agents</h2>")
                .html(table.append("</table>").toString())
                .write(file);
    }
}

package org.astrocyte.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.astrocyte.scenarios.report.run.RunReportData;
import org.astrocyte.scenarios.run.SpikeRecorder;

/**
 * The HTML report of one run's output folder: an animated replay of the arena, the planner's and the tools' calls and
 * the reflex's overrides on one timeline, the spiking reflex's neuron raster (from {@code spikes.csv}), population
 * raster and rates, energy and counts over time, and the agents' figures from {@code summary.json}; every chart
 * shows the replay's time as a cursor. What it embeds is thinned as {@link RunReportData} says, so that long runs
 * stay fast.
 */
public final class RunReportPage {

    private static final List<String> AGENT_FIGURES = List.of("foodCollected", "collisions", "plannerCalls",
            "toolCalls", "reflexOverrides", "spikes", "inputTokens", "outputTokens");
    private static final String RESOURCES = "org/astrocyte/scenarios/report/";

    private RunReportPage() {
    }

    /**
     * Writes the report of the run in {@code dir} to {@code file}.
     *
     * @throws IllegalArgumentException naming the file (and line), if the run's trace or summary is damaged
     */
    public static Path write(Path dir, Path file) throws IOException {
        RunReportData data = RunReportData.read(dir);
        JsonNode summary = JsonMapper.builder().build().readTree(dir.resolve("summary.json").toFile());
        String title = "Run " + data.scenario() + ", seed " + data.seed();
        SelfContainedPage page = new SelfContainedPage(title)
                .style(RESOURCES + "report.css")
                .style(RESOURCES + "run-report.css")
                .html("<h1>" + SelfContainedPage.escape(title) + "</h1>")
                .html("<p class=\"muted subtitle\">" + SelfContainedPage.escape(subtitle(data, summary)) + "</p>")
                .html(replay())
                .html(timeline())
                .html(spikes(data))
                .html(curves())
                .html("<h2>Agents</h2>")
                .html("<div class=\"table-scroll\">" + agentTable(summary) + "</div>")
                .html("<div class=\"table-scroll\">" + metricTable(summary) + "</div>")
                .html(notes(data))
                .html("<div id=\"tooltip\" class=\"tooltip\"></div>")
                .data("run-data", data)
                .chartJs()
                .script(RESOURCES + "arena.js")
                .script(RESOURCES + "run-report.js");
        return page.write(file);
    }

    private static String subtitle(RunReportData data, JsonNode summary) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "%.1f simulated s", data.endSeconds()));
        parts.add(data.agents().size() == 1 ? "1 agent" : data.agents().size() + " agents");
        double wall = summary.path("wallSeconds").asDouble(Double.NaN);
        if (Double.isFinite(wall)) {
            parts.add(String.format(Locale.ROOT, "ran in %.1f wall s", wall));
        }
        JsonNode stopped = summary.get("stoppedBy");
        if (stopped != null && !stopped.isNull()) {
            parts.add("stopped when " + stopped.asText());
        }
        return String.join(" \u00b7 ", parts);
    }

    private static String replay() {
        return """
                <h2>Replay</h2>
                <div class="replay">
                  <div class="arena-wrap"><canvas id="arena" aria-label="the arena"></canvas></div>
                  <aside class="side">
                    <div class="controls">
                      <button id="play" type="button">&#9654; Play</button>
                      <label>speed <select id="speed"></select></label>
                      <label>trail <select id="trail"><option value="full">whole run</option>
                        <option value="30">last 30 s</option><option value="10">last 10 s</option></select></label>
                      <label><input type="checkbox" id="rays" checked> rays</label>
                    </div>
                    <input type="range" id="slider" min="0" max="1" value="0" step="any" aria-label="time">
                    <div class="clock">t = <strong id="replay-time">0.0</strong> s of <span id="end-time"></span> s
                    </div>
                    <table class="states"><thead><tr><th>agent</th><th>energy</th><th>food</th><th>hits</th>
                      <th>control</th></tr></thead><tbody id="agent-states"></tbody></table>
                    <h3>Latest events</h3>
                    <ol id="recent-events" class="events"></ol>
                    <div class="legend">
                      <div><span class="swatch" style="background:#e8590c"></span>reflex overrides the planner
                        (body and trail)</div>
                      <div>&#10005; planner goal (dashed: the way to it)</div>
                      <div><span class="swatch" style="background:#40c057"></span>food (dotted: eaten, regrowing)
                        </div>
                      <div><span class="swatch" style="background:#adb5bd"></span>obstacle (&#8596; moving)</div>
                      <div>regions: hazard (red, dashed), goal (green); sources: light (&#9733;, yellow glow),
                        chemical (purple haze)</div>
                      <div>faint lines: range-sensor rays at full range (readings are not traced)</div>
                    </div>
                  </aside>
                </div>
                <p class="hint">Space plays and pauses; click any chart below to jump to that moment.</p>""";
    }

    private static String timeline() {
        return """
                <h2>Planner, tools and reflex</h2>
                <p class="hint">Per agent: planner turns (blue dots, red if failed; the line after a dot is the
                simulated latency until its goal applied), tool calls (green ticks, red if rejected), reflex
                overrides (orange bars), food (&#9650;), collisions (&#10005;), other events (grey). Hover for
                details.</p>
                <div class="chart-box"><canvas id="timeline"></canvas></div>""";
    }

    private static String spikes(RunReportData data) {
        boolean neurons = data.neurons() != null && !data.neurons().isEmpty();
        if (data.spikes().isEmpty() && !neurons) {
            return "<h2>Spiking reflex</h2>\n<p class=\"muted\">No agent of this run has a spiking reflex (no spikes "
                    + "in the trace" + (data.neurons() != null ? " or in spikes.csv" : "") + ").</p>";
        }
        StringBuilder html = new StringBuilder("""
                <h2>Spiking reflex</h2>
                <p class="hint">Agent: <select id="spike-agent"></select>
                <span id="raster-caption" class="muted"></span></p>
                """);
        if (neurons) {
            html.append("""
                    <h3>Neurons</h3>
                    <p class="hint">One dot per spike (from spikes.csv): a row per neuron, grouped by population
                    (named on the left, beside the name of their layer in a stack of reflexes; neuron numbers on the
                    right), against simulated time. A spike is drawn at the end of the simulation step it fell in
                    (0.1 ms), finer than the 1 ms control tick; Poisson inputs are not drawn. Colours match the rates
                    below. Hover for the neuron, click to jump there. <span id="neuron-caption"></span></p>
                    <div class="chart-box"><canvas id="neurons"></canvas></div>
                    """);
        } else if (data.neurons() == null) {
            html.append("<p class=\"muted\">This run has no spikes.csv (it was made before spikes were recorded "
                    + "neuron by neuron): only the populations are shown.</p>\n");
        }
        if (!data.spikes().isEmpty()) {
            html.append("""
                    <h3>Populations</h3>
                    <p class="hint">Spikes per population and sample window, as the trace counts them
                    (SpikesCounted): a row per population, a cell's shade its count in the window (each row scaled to
                    its own maximum, given on the right), the agent's overrides beneath, and the rates below.</p>
                    <div class="chart-box"><canvas id="raster"></canvas></div>
                    <div class="chart-box medium"><canvas id="rates"></canvas></div>""");
        }
        return html.toString();
    }

    private static String curves() {
        return """
                <h2>Energy and counts over time</h2>
                <div class="charts">
                  <div class="chart-box medium"><canvas id="energy"></canvas></div>
                  <div class="chart-box medium"><canvas id="counts"></canvas></div>
                </div>""";
    }

    private static String agentTable(JsonNode summary) {
        StringBuilder table = new StringBuilder("<table class=\"agents\">\n<tr><th>agent</th><th>reflex</th>"
                + "<th>model</th>");
        AGENT_FIGURES.forEach(f -> table.append("<th>").append(f).append("</th>"));
        table.append("</tr>\n");
        for (JsonNode agent : summary.path("agents")) {
            table.append("<tr><td>").append(SelfContainedPage.escape(agent.path("id").asText())).append("</td>");
            table.append("<td>").append(SelfContainedPage.escape(agent.path("reflex").asText())).append("</td>");
            table.append("<td>").append(SelfContainedPage.escape(agent.path("model").asText())).append("</td>");
            AGENT_FIGURES.forEach(f -> table.append("<td>").append(SelfContainedPage.escape(agent.path(f).asText()))
                    .append("</td>"));
            table.append("</tr>\n");
        }
        return table.append("</table>").toString();
    }

    /** The scenario's declared metrics, a row per agent and the team, as in {@code metrics.csv}. */
    private static String metricTable(JsonNode summary) {
        JsonNode metrics = summary.path("metrics");
        if (!metrics.isObject() || metrics.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        metrics.elements().next().fieldNames().forEachRemaining(names::add);
        StringBuilder table = new StringBuilder("<h3>Metrics</h3>\n<table class=\"metrics\">\n<tr><th></th>");
        names.forEach(n -> table.append("<th>").append(SelfContainedPage.escape(n)).append("</th>"));
        table.append("</tr>\n");
        for (Iterator<Map.Entry<String, JsonNode>> rows = metrics.fields(); rows.hasNext();) {
            Map.Entry<String, JsonNode> row = rows.next();
            table.append("<tr><td>").append(SelfContainedPage.escape(row.getKey())).append("</td>");
            for (String name : names) {
                JsonNode value = row.getValue().path(name);
                String text = value.isNumber() ? String.format(Locale.ROOT, "%.2f", value.asDouble())
                        : value.asText();
                table.append("<td>").append(SelfContainedPage.escape(text)).append("</td>");
            }
            table.append("</tr>\n");
        }
        return table.append("</table>").toString();
    }

    private static String notes(RunReportData data) {
        StringBuilder html = new StringBuilder("<h2>About this page</h2>\n<ul class=\"notes\">\n");
        html.append("<li>Bodies are sampled every sample interval of the scenario; the replay moves them in straight "
                + "lines between samples. A trail segment is orange when the reflex overrode the planner at any "
                + "time since the sample before.</li>\n");
        html.append("<li>The neuron raster comes from spikes.csv, which the runner writes with the trace (at most "
                + SpikeRecorder.MAX_SPIKES + " spikes per run, the first ones); the population raster and the rates "
                + "come from the trace's spike counts per sample window (SpikesCounted).</li>\n");
        for (String note : data.notes()) {
            html.append("<li>").append(SelfContainedPage.escape(note)).append("</li>\n");
        }
        return html.append("</ul>").toString();
    }
}

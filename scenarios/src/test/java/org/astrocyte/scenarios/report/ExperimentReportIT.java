package org.astrocyte.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.scenarios.browser.HeadlessBrowser;
import org.astrocyte.scenarios.cli.CliSession;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.astrocyte.scenarios.report.experiment.TinyExperimentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A tiny experiment run through the CLI (2 conditions x 2 planner latencies x 2 seeds of a 3 s scenario), its report
 * written with 'astrocyte report' and opened from its file in headless chromium: a chart per metric with a series
 * per latency, the controls, the tables, no console error. Screenshots go to {@code target/experiment-report/}.
 */
class ExperimentReportIT {

    private static final Path SHOTS = Path.of("target", "experiment-report");
    private static final int MOST_HEIGHT = 8000;

    /** Per chart: its metric, canvas size, and per dataset whether it holds means or trials, and how many points. */
    private static final String CHARTS = """
            return Array.from(document.querySelectorAll('#chart-grid canvas')).map(canvas => {
              const chart = Chart.getChart(canvas);
              return {
                metric: canvas.closest('figure').dataset.metric,
                width: canvas.width,
                height: canvas.height,
                x: chart.options.scales.x.title.text,
                interval: chart.options.plugins.errorBars.kind,
                datasets: chart.data.datasets.map(d => (d.errorBars ? 'means ' : 'trials ') + d.data.length)
              };
            });""";

    private final CliSession cli = new CliSession();

    @TempDir
    Path dir;

    private int astrocyte(String... args) {
        return cli.run(args);
    }

    private Path experiment() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), """
                name: base
                duration: 3
                arena: {width: 8, height: 6, obstacles: [{x: 4, y: 3, radius: 0.5}]}
                agents:
                  - {id: a1, start: {x: 1, y: 1}}
                metrics: [collisions, distance_travelled, planner_calls]
                """);
        return Files.writeString(dir.resolve("tiny.yaml"), """
                name: tiny
                scenario: base.yaml
                seeds: 2
                changes:
                  agents[*].start.jitter: 0.5
                  agents[*].start.headingJitter: 45
                conditions:
                  reflex: {}
                  none:
                    agents[*].reflex: none
                parameters:
                  agents[*].planner.latency:
                    name: latency
                    values: [{kind: zero}, {kind: fixed, seconds: 0.5}]
                    labels: [0 s, 0.5 s]
                metrics: [collisions, distance_travelled]
                compare:
                  - {a: none, b: reflex}
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> charts(JavascriptExecutor page) {
        return (List<Map<String, Object>>) page.executeScript(CHARTS);
    }

    @Test
    void drawsAChartPerMetricWithItsSeriesIntervalsAndTrialsWithoutAConsoleError() throws Exception {
        assumeTrue(HeadlessBrowser.configured(), HeadlessBrowser.HOW_TO_RUN);
        // given: the experiment run and reported through the CLI
        Path results = dir.resolve("results");
        assertEquals(0, astrocyte("experiment", experiment().toString(), "--out", results.toString(), "--threads",
                "2", "-q"), cli.err());
        assertEquals(0, astrocyte("report", results.toString()), cli.err());
        Path page = results.resolve("report.html");
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            // when
            browser.driver().get(page.toUri().toString());
            List<Map<String, Object>> drawn = charts(browser.driver());
            // then: a chart per metric; a series per latency, its means (one per condition) and its 4 trials
            assertEquals(List.of("collisions", "distance_travelled"), drawn.stream().map(c -> c.get("metric"))
                    .toList());
            for (Map<String, Object> chart : drawn) {
                assertTrue(((Number) chart.get("width")).intValue() > 200, "drawn: " + chart);
                assertTrue(((Number) chart.get("height")).intValue() > 200, "drawn: " + chart);
                assertEquals(List.of("means 2", "trials 4", "means 2", "trials 4"), chart.get("datasets"));
                assertEquals("condition", chart.get("x"));
                assertEquals("t", chart.get("interval"));
            }
            assertEquals(2, browser.driver().findElements(By.cssSelector("table.pivot")).size());
            assertEquals(4, browser.driver().findElements(By.cssSelector("table.comparisons tr[title]")).size(),
                    "a comparison per metric and latency");
            assertTrue(browser.driver().findElement(By.id("trials")).getText().contains("8 planned, 8 done: 8 "
                    + "succeeded, 0 failed."), browser.driver().findElement(By.id("trials")).getText());
            Object tooltip = browser.driver().executeScript("""
                    const chart = Chart.getChart(document.querySelector('#chart-grid canvas'));
                    const point = chart.getDatasetMeta(0).data[0];
                    chart.tooltip.setActiveElements([{datasetIndex: 0, index: 0}], {x: point.x, y: point.y});
                    chart.update('none');
                    return chart.tooltip.title.concat(chart.tooltip.body.map(b => b.lines.join(' ')));""");
            assertEquals(List.of("reflex", "latency=0 s: mean 0, 95% CI [0, 0], n = 2"), tooltip);
            assertEquals(List.of(), browser.consoleErrors());
            browser.screenshot(SHOTS.resolve("top.png"));

            // when: the first chart's PNG button (the download link's click recorded instead of followed)
            browser.driver().executeScript("window.downloads = []; HTMLAnchorElement.prototype.click = function () {"
                    + " window.downloads.push([this.download, this.href.slice(0, 22), this.href.length]); };");
            browser.driver().findElement(By.cssSelector(".chart-card button")).click();
            // then: a PNG three times the size on screen, and the chart back at its size
            List<?> download = (List<?>) ((List<?>) browser.driver().executeScript("return window.downloads"))
                    .get(0);
            assertEquals(List.of("tiny-collisions.png", "data:image/png;base64,"), download.subList(0, 2));
            assertTrue(((Number) download.get(2)).intValue() > 10_000, "an image: " + download);
            assertEquals(drawn.get(0).get("width"), charts(browser.driver()).get(0).get("width"));

            // when: bootstrap intervals, latency along x
            browser.driver().findElement(By.cssSelector("input[name='chart-interval'][value='bootstrap']")).click();
            browser.driver().findElement(By.cssSelector("#chart-x option[value='latency']")).click();
            List<Map<String, Object>> redrawn = charts(browser.driver());
            // then: a series per condition, its means one per latency, every chart on bootstrap intervals
            assertEquals(2, redrawn.size());
            for (Map<String, Object> chart : redrawn) {
                assertEquals(List.of("means 2", "trials 4", "means 2", "trials 4"), chart.get("datasets"));
                assertEquals("latency", chart.get("x"));
                assertEquals("bootstrap", chart.get("interval"));
            }
            assertTrue(browser.driver().findElement(By.tagName("body")).getAttribute("class")
                    .contains("ci-bootstrap"), "the tables show bootstrap intervals too");
            assertEquals(List.of(), browser.consoleErrors());
            // The window's height includes the browser's own frame: a little more than the page shows it all.
            long height = (Long) browser.driver().executeScript("return document.documentElement.scrollHeight");
            browser.driver().manage().window().setSize(new Dimension(1280, (int) Math.min(height + 200,
                    MOST_HEIGHT)));
            Path shot = browser.screenshot(SHOTS.resolve("page.png"));
            assertTrue(Files.size(shot) > 20_000, "a screenshot of " + Files.size(shot) + " bytes");
        }
    }

    @Test
    void drawsAChartPerMetricAndScenarioOfAnUnfinishedFolderWithoutAConsoleError() throws Exception {
        assumeTrue(HeadlessBrowser.configured(), HeadlessBrowser.HOW_TO_RUN);
        // given: results.jsonl alone (no spec, no statistics yet), its trials in two scenarios, two of them failed
        List<TrialOutcome> outcomes = new ArrayList<>();
        for (String scenario : List.of("corridor", "foraging")) {
            for (TrialOutcome o : TinyExperimentFolder.outcomes()) {
                Map<String, String> parameters = new LinkedHashMap<>();
                parameters.put("scenario", scenario);
                parameters.putAll(o.parameters());
                outcomes.add(new TrialOutcome(outcomes.size(), scenario + ";" + o.id(), o.condition(), parameters,
                        o.seed(), 1, o.ok(), o.attempts(), o.metrics(), o.error(), o.wallSeconds()));
            }
        }
        TinyExperimentFolder.writeLog(dir, outcomes);
        Path page = ExperimentReportPage.write(dir, dir.resolve("report.html"));
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            // when
            browser.driver().get(page.toUri().toString());
            List<Map<String, Object>> drawn = charts(browser.driver());
            // then: a chart per metric and scenario, a series per latency
            assertEquals(List.of("collisions", "collisions", "time_to_goal", "time_to_goal"),
                    drawn.stream().map(c -> c.get("metric")).toList());
            List<String> panels = browser.driver().findElements(By.cssSelector("#chart-grid figure")).stream()
                    .map(f -> f.getAttribute("data-panel")).toList();
            assertEquals(List.of("corridor", "foraging", "corridor", "foraging"), panels);
            drawn.forEach(chart -> assertEquals(4, ((List<?>) chart.get("datasets")).size(), chart.toString()));
            assertEquals(2, browser.driver().findElements(By.cssSelector("table.failures tr td.error")).size());
            assertEquals(List.of(), browser.consoleErrors());
            browser.screenshot(SHOTS.resolve("unfinished.png"));
        }
    }

    @Test
    void saysThereIsNothingToChartWhenNoTrialSucceeded() throws Exception {
        assumeTrue(HeadlessBrowser.configured(), HeadlessBrowser.HOW_TO_RUN);
        // given
        TinyExperimentFolder.writeLog(dir, TinyExperimentFolder.outcomes().stream().filter(o -> !o.ok()).toList());
        Path page = ExperimentReportPage.write(dir, dir.resolve("report.html"));
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            // when
            browser.driver().get(page.toUri().toString());
            // then
            assertEquals("No trial succeeded: there is nothing to chart.",
                    browser.driver().findElement(By.cssSelector("#chart-grid .chart-empty")).getText());
            assertEquals(List.of(), charts(browser.driver()));
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void namesTheFileAndLineOfAMalformedResultAndExitsWith2() throws Exception {
        // given: a finished experiment's folder whose third result line was cut in an editor
        TinyExperimentFolder.write(dir);
        Path log = dir.resolve("results.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        lines.set(2, lines.get(2).substring(0, 40));
        Files.write(log, lines);
        // when
        int exit = astrocyte("report", dir.toString());
        // then
        assertEquals(2, exit, cli.out());
        assertTrue(cli.err().contains(log + ":3: not a trial's outcome ("), cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
        assertFalse(Files.exists(dir.resolve("report.html")));
    }
}

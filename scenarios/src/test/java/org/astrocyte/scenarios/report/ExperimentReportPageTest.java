package org.astrocyte.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.astrocyte.core.config.InputException;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.astrocyte.scenarios.report.experiment.ExperimentFolder;
import org.astrocyte.scenarios.report.experiment.ExperimentPageData;
import org.astrocyte.scenarios.report.experiment.TinyExperimentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment report page holds the charts' data, the tables, the trials and links to the folder's files. */
class ExperimentReportPageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void embedsTheChartDataAndWritesTheTablesAndTheFailedTrial() throws IOException {
        // given
        Path experiment = dir.resolve("tiny");
        TinyExperimentFolder.write(experiment);
        // when
        String html = Files.readString(ExperimentReportPage.write(experiment, experiment.resolve("report.html")));
        // then: the data element holds what ExperimentPageData gives, and parses as JSON
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"" + ExperimentReportPage.DATA_ID
                + "\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(data.find(), "the data element");
        JsonNode embedded = JSON.readTree(data.group(1).replace("<\\/", "</"));
        assertEquals(JSON.writeValueAsString(ExperimentPageData.of(ExperimentFolder.read(experiment))),
                embedded.toString());
        assertEquals(8, embedded.path("groups").size(), "2 conditions x 2 latencies x 2 metrics");
        // the sections, in order
        int at = 0;
        for (String id : new String[] {"charts", "tables", "comparisons", "groups", "trials", "files"}) {
            int next = html.indexOf("<section id=\"" + id + "\">");
            assertTrue(next > at, id + " after the previous section");
            at = next;
        }
        assertEquals(2, count(html, "<table class=\"pivot\">"), "a pivot table per metric");
        assertTrue(html.indexOf("<th>2 s</th>") < html.indexOf("<th>10 s</th>"), "latencies in plan order");
        assertEquals(4, count(html, "<tr title=") + count(html, "<tr class=\"clear\" title="),
                "a row per comparison");
        assertTrue(html.contains("<td>latency=2 s</td><td>3, 3</td><td>6</td><td>0.667</td>"), "collisions at 2 s");
        assertTrue(html.contains("12 planned, <b>12</b> done: <b>11</b> succeeded, <b class=\"failed\">1</b> failed"),
                "the counts");
        assertTrue(html.contains("<td class=\"error\">IllegalStateException: &lt;boom&gt; &amp; no planner</td>"),
                "the failed trial's error, escaped");
        assertFalse(html.contains("<boom>"));
        assertTrue(html.contains("<a href=\"summary.svg\">summary.svg</a> · <a href=\"summary.png\">summary.png</a>"),
                "the plots for papers");
        assertTrue(html.contains("<a href=\"comparisons.csv\">comparisons.csv</a>"));
    }

    @Test
    void linksTheFilesFromWhereverTheReportIsWritten() throws IOException {
        // given
        Path experiment = dir.resolve("my experiment");
        TinyExperimentFolder.write(experiment);
        // when
        String html = Files.readString(ExperimentReportPage.write(experiment, dir.resolve("reports/tiny.html")));
        // then
        assertTrue(html.contains("<a href=\"../my%20experiment/summary.svg\">summary.svg</a>"), html);
    }

    @Test
    void listsTheFailedTrialsOfAnExperimentInWhichNoneSucceeded() throws IOException {
        // given: every trial failed, so the experiment wrote no statistics
        List<TrialOutcome> failed = TinyExperimentFolder.outcomes().stream().map(o -> new TrialOutcome(o.index(),
                o.id(), o.condition(), o.parameters(), o.seed(), 1, false, 2, Map.of(), "boom " + o.index(), 0.1))
                .toList();
        TinyExperimentFolder.writeLog(dir, failed);
        // when
        String html = Files.readString(ExperimentReportPage.write(dir, dir.resolve("report.html")));
        // then
        assertTrue(html.contains("<b>12</b> done: <b>0</b> succeeded, <b class=\"failed\">12</b> failed"), html);
        assertEquals(12, count(html, "<td class=\"error\">boom "));
        assertTrue(html.contains("summary.csv is missing (the experiment has not finished, or no trial succeeded): "
                + "there are no statistics."), html);
        assertTrue(html.contains("\"groups\":[]"), "nothing to chart");
    }

    @Test
    void refusesAFolderWithoutResultsNamingTheFile() {
        InputException error = assertThrows(InputException.class,
                () -> ExperimentReportPage.write(dir, dir.resolve("report.html")));
        assertTrue(error.getMessage().startsWith(dir.resolve("results.jsonl") + ": no such file"),
                error.getMessage());
    }
}

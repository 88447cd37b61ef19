package org.astrocyte.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.core.event.EventJson;
import org.astrocyte.core.event.PlannerCalled;
import org.astrocyte.core.event.RunFinished;
import org.astrocyte.core.event.RunStarted;
import org.astrocyte.core.event.Stamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run report's page: self-contained, and safe whatever text the planner wrote. */
class RunReportPageTest {

    @Test
    void aReplyThatLooksLikeHtmlStaysDataAndThePageNeedsNothingFromOutside(@TempDir Path dir) throws Exception {
        // given a run whose planner replied with a script element
        String reply = "</script><script>alert('boom')</script>";
        Files.write(dir.resolve("trace.jsonl"), List.of(
                EventJson.write(new RunStarted(new Stamp(Stamp.WORLD, 0, 1), "s<b>", 1, 1)),
                EventJson.write(new PlannerCalled(new Stamp("a", 0, 2), "m", 0, reply, 1, 1, null, 0, 0, 0)),
                EventJson.write(new RunFinished(new Stamp(Stamp.WORLD, 1_000_000, 3), 1))));
        Files.writeString(dir.resolve("summary.json"),
                "{\"scenario\":\"s<b>\",\"seed\":1,\"agents\":[{\"id\":\"a\"}]}");
        // when
        Path page = RunReportPage.write(dir, dir.resolve("report.html"));
        // then
        String html = Files.readString(page);
        assertFalse(html.contains("<script>alert"), "the reply cannot open a script element");
        String data = html.substring(html.indexOf("<script type=\"application/json\" id=\"run-data\">"));
        data = data.substring(data.indexOf('>') + 1, data.indexOf("</script>"));
        assertEquals(reply, JsonMapper.builder().build().readTree(data).path("planner").get(0).path("reply").asText(),
                "the reply is kept as data");
        assertTrue(html.contains("Run s&lt;b&gt;, seed 1"), "the scenario's name is escaped");
        assertFalse(html.contains("src=\"http"), "no script from the network");
        assertFalse(html.contains("href=\"http"), "no style sheet from the network");
        assertTrue(html.contains("const AstroArena"), "the arena drawing is inlined");
        assertEquals(1, html.split("id=\"run-data\"", -1).length - 1, "one data element");
    }
}

package org.astrocyte.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code astrocyte report} on a run folder whose files are damaged: the user is told which file and line. */
class ReportCommandTest {

    private static final String GOOD_LINE = "{\"type\":\"RunStarted\",\"stamp\":{\"agentId\":\"world\","
            + "\"timeMicros\":0,\"sequence\":1},\"scenario\":\"s\",\"seed\":1,\"durationSeconds\":1.0}";

    private final CliSession cli = new CliSession();

    private int astrocyte(String... args) {
        return cli.run(args);
    }

    @Test
    void aTraceCutInTheMiddleOfALineIsReportedWithItsFileAndLineAndExitCode2(@TempDir Path dir) throws Exception {
        // given a run folder whose trace's second line was cut short
        Files.writeString(dir.resolve("summary.json"), "{\"scenario\":\"s\",\"seed\":1,\"agents\":[]}");
        Files.writeString(dir.resolve("trace.jsonl"), GOOD_LINE + "\n{\"type\":\"BodySampled\",\"stamp\":{\"age");
        // when
        int exit = astrocyte("report", dir.toString());
        // then
        assertEquals(2, exit, cli.err());
        assertTrue(cli.err().contains(dir.resolve("trace.jsonl") + ":2: not an Astrocyte event"), cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
        assertFalse(Files.exists(dir.resolve("report.html")), "no half-written report");
    }
}

package org.astrocyte.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code astrocyte report} on a run folder whose files are damaged: the user is told which file and line. */
class ReportCommandTest {

    private static final String GOOD_LINE = "{\"type\":\"RunStarted\",\"stamp\":{\"agentId\":\"world\","
            + "\"timeMicros\":0,\"sequence\":1},\"scenario\":\"s\",\"seed\":1,\"durationSeconds\":1.0}";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int astrocyte(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void aTraceCutInTheMiddleOfALineIsReportedWithItsFileAndLineAndExitCode2(@TempDir Path dir) throws Exception {
        // given a run folder whose trace's second line was cut short
        Files.writeString(dir.resolve("summary.json"), "{\"scenario\":\"s\",\"seed\":1,\"agents\":[]}");
        Files.writeString(dir.resolve("trace.jsonl"), GOOD_LINE + "\n{\"type\":\"BodySampled\",\"stamp\":{\"age");
        // when
        int exit = astrocyte("report", dir.toString());
        // then
        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains(dir.resolve("trace.jsonl") + ":2: not an Astrocyte event"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(dir.resolve("report.html")), "no half-written report");
    }
}

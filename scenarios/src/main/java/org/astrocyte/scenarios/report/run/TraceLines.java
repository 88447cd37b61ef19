package org.astrocyte.scenarios.report.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.EventJson;

/** Reads a run's {@code trace.jsonl} one event at a time; a line that is not an event is an error naming its line. */
final class TraceLines {

    private TraceLines() {
    }

    /**
     * Hands every event of {@code trace} to {@code consumer}, in the file's order; blank lines are skipped.
     *
     * @return the number of events read
     * @throws IllegalArgumentException naming the file and the line, for a line that is not an Astrocyte event (a
     *                                  truncated or malformed line, an event without its stamp)
     */
    static long read(Path trace, Consumer<Event> consumer) throws IOException {
        long events = 0;
        try (BufferedReader in = Files.newBufferedReader(trace, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Event event;
                try {
                    event = EventJson.read(line);
                } catch (UncheckedIOException e) {
                    throw new IllegalArgumentException(trace + ":" + lineNumber + ": " + e.getMessage()
                            + " (the trace is cut short or damaged; run the scenario again to rewrite it)", e);
                }
                if (event == null || event.stamp() == null) {
                    throw new IllegalArgumentException(trace + ":" + lineNumber + ": an event without its stamp "
                            + "(agentId, timeMicros, sequence)");
                }
                consumer.accept(event);
                events++;
            }
        }
        return events;
    }
}

package org.astrocyte.scenarios.report.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.EventJson;
import org.astrocyte.core.event.RunFinished;
import org.astrocyte.core.event.RunStarted;
import org.astrocyte.core.event.Stamp;

/** Writes a run folder (trace and summary) of made-up events for the tests of the report's data. */
final class TraceFiles {

    private final List<String> lines = new ArrayList<>();
    private final List<String> agents;
    private final Map<String, Long> spikes = new HashMap<>();
    private long sequence;

    /** A run of {@code agents}, starting with its RunStarted event. */
    TraceFiles(List<String> agents) {
        this.agents = agents;
        add(Stamp.WORLD, 0, s -> new RunStarted(s, "made-up", 3, 60));
    }

    /** Adds the event {@code make} builds with the stamp of {@code agent} at {@code seconds}. */
    TraceFiles add(String agent, double seconds, Function<Stamp, Event> make) {
        lines.add(EventJson.write(make.apply(new Stamp(agent, Math.round(seconds * 1e6), ++sequence))));
        return this;
    }

    /** Has the summary say that {@code agent}'s reflex simulated {@code count} spikes. */
    TraceFiles spikes(String agent, long count) {
        spikes.put(agent, count);
        return this;
    }

    /** Writes trace.jsonl (ending with RunFinished at {@code endSeconds}) and summary.json into {@code dir}. */
    Path write(Path dir, double endSeconds) throws IOException {
        add(Stamp.WORLD, endSeconds, s -> new RunFinished(s, endSeconds));
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("trace.jsonl"), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        StringBuilder summary = new StringBuilder("{\"scenario\":\"made-up\",\"seed\":3,\"agents\":[");
        for (int i = 0; i < agents.size(); i++) {
            summary.append(i == 0 ? "" : ",").append("{\"id\":\"").append(agents.get(i))
                    .append("\",\"reflex\":\"braitenberg\",\"model\":\"offline-forager\",\"spikes\":")
                    .append(spikes.getOrDefault(agents.get(i), 0L)).append('}');
        }
        Files.writeString(dir.resolve("summary.json"), summary.append("]}").toString());
        return dir;
    }
}

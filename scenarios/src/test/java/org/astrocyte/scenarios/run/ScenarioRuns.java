package org.astrocyte.scenarios.run;

import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.EventJson;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.scenarios.spec.ScenarioSpec;

/** Runs scenarios for tests on one embedded member shared by a test class. */
final class ScenarioRuns implements AutoCloseable {

    /** The example every new user runs first. */
    static final Path FORAGING = Path.of("..", "examples", "foraging.yaml");

    private final HazelcastInstance hazelcast =
            EmbeddedHazelcast.start(HazelcastSettings.embedded("scenario-test-" + UUID.randomUUID()));
    private final ScenarioRunner runner = new ScenarioRunner(hazelcast, ChatModelFactory.builtIn());

    /** Two agents that share memory and messages. */
    static final Path FORAGING_PAIR = Path.of("..", "examples", "foraging-pair.yaml");

    static ScenarioSpec foragingPair() {
        return new YamlConfigReader().read(FORAGING_PAIR, ScenarioSpec.class);
    }

    static ScenarioSpec foraging() {
        return new YamlConfigReader().read(FORAGING, ScenarioSpec.class);
    }

    RunSummary run(ScenarioSpec spec, Path outputDir) {
        try {
            return runner.run(spec, outputDir, RunProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Event> trace(Path outputDir) throws IOException {
        return Files.readAllLines(outputDir.resolve("trace.jsonl")).stream().map(EventJson::read).toList();
    }

    @Override
    public void close() {
        hazelcast.shutdown();
    }
}

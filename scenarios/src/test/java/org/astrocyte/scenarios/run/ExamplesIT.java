package org.astrocyte.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.core.event.BodySampled;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example scenario reads, validates and runs; a multi-agent run is the same for the same seed. */
class ExamplesIT {

    private static final Path EXAMPLES = Path.of("..", "examples");
    /** Simulated seconds each example runs here: enough to exercise it, short enough for CI. */
    private static final double SECONDS = 15;

    private static final ScenarioRuns runs = new ScenarioRuns();

    @TempDir
    Path dir;

    @AfterAll
    static void shutDown() {
        runs.close();
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void should_ship_at_least_the_six_examples_the_readme_lists() throws IOException {
        assertTrue(examples().size() >= 6, "examples: " + examples());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void should_validate_and_run_every_example(Path example) throws IOException {
        // given
        ScenarioSpec spec = new YamlConfigReader().read(example, ScenarioSpec.class);
        // when
        RunSummary summary = runs.run(spec.with(spec.seed(), Math.min(SECONDS, spec.duration())), dir);
        // then
        assertEquals(spec.agents().size(), summary.agents().size());
        assertTrue(summary.simulatedSeconds() > 0);
        List<BodySampled> samples = ScenarioRuns.trace(dir).stream().filter(e -> e instanceof BodySampled)
                .map(e -> (BodySampled) e).toList();
        for (var agent : spec.agents()) {
            List<BodySampled> own = samples.stream().filter(b -> b.stamp().agentId().equals(agent.id())).toList();
            BodySampled start = own.get(0);
            BodySampled end = own.get(own.size() - 1);
            assertTrue(Math.hypot(end.x() - start.x(), end.y() - start.y()) > 0.1, agent.id() + " moved");
        }
        assertTrue(Files.readAllLines(dir.resolve("metrics.csv")).size() == spec.agents().size() + 2);
        assertTrue(Files.readString(Path.of(example.toString())).startsWith("# yaml-language-server: $schema="),
                "the example points editors at the schema");
    }

    @Test
    void should_run_a_multi_agent_scenario_the_same_way_twice_for_a_seed() throws IOException {
        // given: ten agents sharing memory and messages
        ScenarioSpec spec = new YamlConfigReader().read(EXAMPLES.resolve("foraging-team.yaml"), ScenarioSpec.class)
                .with(5, 10);
        // when
        runs.run(spec, dir.resolve("first"));
        runs.run(spec, dir.resolve("second"));
        runs.run(spec.with(6, 10), dir.resolve("other"));
        // then
        byte[] first = Files.readAllBytes(dir.resolve("first/trace.jsonl"));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("second/trace.jsonl")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("first/metrics.csv")),
                Files.readAllBytes(dir.resolve("second/metrics.csv")));
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("other/trace.jsonl"))));
    }
}

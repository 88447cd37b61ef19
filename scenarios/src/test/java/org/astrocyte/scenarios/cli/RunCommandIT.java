package org.astrocyte.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code astrocyte run} command as a user calls it, through picocli and the CDI container. */
class RunCommandIT {

    private final CliSession cli = new CliSession();

    private int astrocyte(String... args) {
        return cli.run(args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wrong-type.yaml    | :5:  | field 'arena.height': expected a number, got 'ten'",
        "unknown-key.yaml   | :6:  | in 'arena': unknown key 'colour' (expected one of: chemicals, goals, hazards, "
                + "height, lights, obstacles, width)",
        "missing-field.yaml | :8:  | missing required field 'agents[0].start.x'",
        "timeline-misplaced.yaml | :13: | action set_goal takes only agent, x and y (besides at or when)",
        "timeline-unknown-agent.yaml | :9: | names agent 'a2', which the scenario does not have; agents: [a1]",
        "too-many-rays.yaml | :4: | field 'sensors': rays must be from 2 to 64, got 100",
        "bad-reflex.yaml | :7: | got 'wall_folowing_left', did you mean 'wall_following_left'?"})
    void should_reject_a_malformed_scenario_with_file_line_and_field_and_exit_code_2(String file, String line,
            String problem) {
        // given
        Path scenario = Path.of("src", "test", "resources", "scenarios", file);
        // when
        int exit = astrocyte("run", scenario.toString(), "--quiet");
        // then
        assertEquals(2, exit, cli.err());
        String message = cli.err();
        assertTrue(message.contains(scenario + line), message);
        assertTrue(message.contains(problem), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
    }

    @Test
    void should_run_the_example_through_the_container_and_print_the_summary(@TempDir Path dir) throws Exception {
        // when
        int exit = astrocyte("run", "../examples/foraging.yaml", "--duration", "10", "--out", dir.toString(),
                "--quiet");
        // then
        assertEquals(0, exit, cli.err());
        String summary = cli.out();
        assertTrue(summary.contains("Scenario foraging, seed 7: 10.0 simulated s"), summary);
        assertTrue(summary.contains("forager"), summary);
        assertTrue(summary.contains("planner"), summary);
        assertTrue(Files.size(dir.resolve("trace.jsonl")) > 0);
        assertTrue(Files.size(dir.resolve("memory").resolve("memory.db")) > 0, "the agents' memory is kept");
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"foodCollected\""));
    }

    @Test
    void should_list_the_providers_each_with_an_example() {
        assertEquals(0, astrocyte("providers"));
        List<String> names = cli.out().lines().filter(line -> !line.startsWith(" "))
                .map(line -> line.split(" +")[0]).toList();
        assertEquals(List.of("anthropic", "azure-openai", "gemini", "mistral", "offline", "ollama", "openai", "replay"),
                names);
        assertEquals(8, cli.out().lines().filter(line -> line.strip().startsWith("planner: {provider: "))
                .count(), cli.out());
    }

    @Test
    void should_name_the_missing_key_variable_before_the_run_starts(@TempDir Path dir) {
        int exit = astrocyte("run", "../examples/foraging.yaml", "--out", dir.toString(), "--quiet",
                "--provider", "anthropic", "--model", "claude-sonnet-4-5", "--api-key-env", "NO_SUCH_KEY_VARIABLE");
        assertEquals(2, exit);
        assertEquals("error: agent 'forager': provider anthropic: the environment variable NO_SUCH_KEY_VARIABLE that "
                + "should hold the API key is not set", cli.err().strip());
        assertFalse(Files.exists(dir.resolve("trace.jsonl")), "nothing ran");
    }

    @Test
    void should_validate_a_scenario_without_running_it(@TempDir Path dir) throws Exception {
        assertEquals(0, astrocyte("validate", "../examples/foraging.yaml"), cli.err());
        assertEquals("../examples/foraging.yaml: valid scenario 'foraging', 1 agent, 120.0 simulated s",
                cli.out().strip());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nduration: 10\nsede: 3\narena: {width: 10, height: 10}\n"
                + "agents: [{id: a, start: {x: 1, y: 1}}]\n");
        assertEquals(2, astrocyte("validate", bad.toString()));
        assertTrue(cli.err().contains(bad + ":3:1: unknown key 'sede', did you mean 'seed'?"), cli.err());
    }

    @Test
    void should_refuse_to_start_a_member_on_a_network_interface_without_the_explicit_flag() {
        // when
        int exit = astrocyte("member", "--bind", "10.1.2.3");
        // then
        assertEquals(2, exit, cli.err());
        assertTrue(cli.err().contains("no TLS and no authentication"), cli.err());
        assertTrue(cli.err().contains("--allow-network"), cli.err());
    }
}

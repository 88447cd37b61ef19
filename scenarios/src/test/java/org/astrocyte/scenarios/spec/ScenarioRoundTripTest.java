package org.astrocyte.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.agents.provider.PlannerSpec;
import org.astrocyte.core.config.YamlConfigReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML format and the fluent Java API describe the same scenarios, and each converts into the other. */
class ScenarioRoundTripTest {

    private final YamlConfigReader reader = new YamlConfigReader();

    private ScenarioSpec readBack(ScenarioSpec scenario, Path dir) throws Exception {
        Path file = dir.resolve(scenario.name() + ".yaml");
        Files.writeString(file, ScenarioYaml.write(scenario));
        return reader.read(file, ScenarioSpec.class);
    }

    @Test
    void should_read_back_every_example_it_writes(@TempDir Path dir) throws Exception {
        for (String example : List.of("foraging.yaml", "foraging-pair.yaml")) {
            ScenarioSpec scenario = reader.read(Path.of("..", "examples", example), ScenarioSpec.class);
            assertEquals(scenario, readBack(scenario, dir), example);
        }
    }

    @Test
    void should_build_in_java_the_scenario_the_example_file_describes(@TempDir Path dir) throws Exception {
        // when: the foraging example, written in Java
        ScenarioSpec built = ScenarioBuilder.scenario("foraging").seed(7).duration(120).plannerPeriod(2.0)
                .sampleInterval(0.1)
                .arena(12, 10)
                .obstacle("rock-1", 4.0, 3.0, 0.7).obstacle("rock-2", 7.5, 6.5, 0.9)
                .obstacle("rock-3", 3.5, 7.5, 0.6).obstacle("rock-4", 9.0, 2.5, 0.5)
                .obstacle("rock-5", 6.0, 4.8, 0.4)
                .food(1.5, 8.5).food(10.5, 8.5).food(10.5, 1.2).food(6.0, 1.5).food(5.5, 8.8)
                .foodRules(0.15, 25, 2.5)
                .sensors(new SensorSpec(5, 120.0, 1.5, 0.01))
                .agent("forager", 1.0, 1.0, agent -> agent.headingDeg(45).reflex(ReflexKind.BRAITENBERG)
                        .planner(PlannerSpec.offline()))
                .build();
        // then
        assertEquals(reader.read(Path.of("..", "examples", "foraging.yaml"), ScenarioSpec.class), built);
        assertEquals(built, readBack(built, dir));
    }

    @Test
    void should_check_a_java_scenario_as_the_reader_checks_a_file() {
        assertEquals("agent 'a' starts outside the arena", assertThrows(IllegalArgumentException.class,
                () -> ScenarioBuilder.scenario("x").arena(5, 5).agent("a", 9, 9).build()).getMessage());
    }
}

package org.astrocyte.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.core.config.InputException;
import org.astrocyte.core.config.YamlConfigReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The world features of a scenario file: obstacles of every kind, sources, regions, smelly food. */
class ScenarioWorldFeaturesTest {

    private static final String HEAD = """
            name: features
            duration: 10
            agents:
              - {id: a, start: {x: 1, y: 1}}
            """;

    private static final String FEATURES = HEAD + """
            arena:
              width: 12
              height: 10
              obstacles:
                - {id: rock, x: 4, y: 3, radius: 0.7}
                - id: wall
                  vertices: [{x: 6, y: 1}, {x: 6.1, y: 1}, {x: 6.1, y: 4}, {x: 6, y: 4}]
                - x: 8
                  y: 8
                  radius: 0.3
                  path: {waypoints: [{x: 10, y: 8}, {x: 10, y: 6}], speed: 0.4, mode: ping_pong}
              lights:
                - {id: lamp, x: 11, y: 9, intensity: 0.8, halfDistance: 2}
              chemicals:
                - {x: 2, y: 8, sigma: 1.5}
              hazards:
                - {id: acid, x: 6, y: 7, radius: 0.8, drainPerSecond: 5}
              goals:
                - {id: nest, x: 1, y: 9, radius: 0.5}
            food:
              energy: 30
              odour: {strength: 0.5, sigma: 0.8}
              items:
                - {x: 10, y: 2}
            """;

    private final YamlConfigReader reader = new YamlConfigReader();

    @Test
    void should_read_every_world_feature_with_its_defaults(@TempDir Path dir) throws Exception {
        // when
        ScenarioSpec spec = read(dir, FEATURES);

        // then
        ArenaSpec arena = spec.arena();
        assertEquals(List.of("rock", "wall", "obstacle-3"), arena.obstacles().stream().map(ObstacleSpec::id).toList());
        assertEquals(4, arena.obstacles().get(1).vertices().size());
        assertEquals(PathKind.PING_PONG, arena.obstacles().get(2).path().mode());
        assertEquals(new LightSpec("lamp", 11.0, 9.0, 0.8, 2.0), arena.lights().get(0));
        assertEquals(new ChemicalSpec("chemical-1", 2.0, 8.0, 1.0, 1.5), arena.chemicals().get(0));
        assertEquals(new HazardSpec("acid", 6.0, 7.0, 0.8, 5.0), arena.hazards().get(0));
        assertEquals(new GoalSpec("nest", 1.0, 9.0, 0.5), arena.goals().get(0));
        assertEquals(30.0, spec.food().energy());
        assertEquals(new OdourSpec(0.5, 0.8), spec.food().odour());
    }

    @Test
    void should_keep_the_old_defaults_when_no_feature_is_given(@TempDir Path dir) throws Exception {
        // when
        ScenarioSpec spec = read(dir, HEAD + "arena: {width: 5, height: 5}\n");

        // then
        assertEquals(List.of(), spec.arena().lights());
        assertEquals(List.of(), spec.arena().hazards());
        assertEquals(25.0, spec.food().energy());
        assertNull(spec.food().odour());
        assertEquals(new BodyConfigSpec(0.15, 0.25, 0.5, null, new BatteryConfigSpec(100.0, 100.0, 0.0, 0.0)),
                BodyConfigSpec.defaults());
    }

    @Test
    void should_write_every_world_feature_back_as_yaml_that_reads_equal(@TempDir Path dir) throws Exception {
        // given
        ScenarioSpec spec = read(dir, FEATURES);

        // when
        ScenarioSpec again = read(dir, ScenarioYaml.write(spec));

        // then
        assertEquals(spec, again);
    }

    @Test
    void should_name_the_obstacle_and_the_value_that_is_wrong(@TempDir Path dir) {
        assertProblem(dir, arena("- {id: crate, vertices: [{x: 1, y: 1}, {x: 2, y: 1}]}"),
                "arena.obstacles[0]", "obstacle 'crate' vertices must list 3 to 64 points, got 2");
        assertProblem(dir, arena("- {id: crate, x: 1, y: 1, vertices: [{x: 1, y: 1}, {x: 2, y: 1}, {x: 2, y: 2}]}"),
                "obstacle 'crate' has vertices (a polygon) and x, y or radius (a circle)");
        assertProblem(dir, arena("- {id: bow, vertices: [{x: 1, y: 1}, {x: 2, y: 2}, {x: 2, y: 1}, {x: 1, y: 2}]}"),
                "obstacle 'bow'", "not simple");
        assertProblem(dir, arena("- {id: rock, x: 4.8, y: 2, radius: 0.5}"),
                "obstacle 'rock' at (4.8, 2.0) with radius 0.5 m is not inside", "wall-east");
        assertProblem(dir, arena("- {id: puck, x: 1, y: 1, radius: 0.2, path: {waypoints: [{x: 1, y: 6}], "
                + "speed: 1}}"), "obstacle 'puck' at path waypoint 0 (1.0, 6.0)", "wall-north");
        assertProblem(dir, arena("- {id: puck, x: 1, y: 1, radius: 0.2, path: {waypoints: [{x: 3, y: 1}], "
                + "speed: 11}}"), "path speed must be a number from 0.001 to 10.0, got 11.0");
        assertProblem(dir, arena("- {id: puck, x: 1, y: 1, radius: 0.2, path: {waypoints: [{x: 1, y: 1}], "
                + "speed: 1}}"), "obstacle 'puck'", "never leaves");
    }

    @Test
    void should_name_the_source_or_region_and_the_value_that_is_wrong(@TempDir Path dir) {
        assertProblem(dir, HEAD + "arena: {width: 5, height: 5, lights: [{id: lamp, x: 6, y: 1}]}\n",
                "light 'lamp' at (6.0, 1.0) lies outside the 5.0 x 5.0 m arena");
        assertProblem(dir, HEAD + "arena: {width: 5, height: 5, lights: [{id: lamp, x: 1, y: 1, intensity: -1}]}\n",
                "light 'lamp' intensity must be a number from 0.0 to 100.0, got -1.0");
        assertProblem(dir, HEAD + "arena: {width: 5, height: 5, chemicals: [{x: 1, y: 1, sigma: 0}]}\n",
                "chemical sigma must be a number from 0.01");
        assertProblem(dir, HEAD + "arena: {width: 5, height: 5, hazards: [{id: h, x: 1, y: 1, radius: 1}, "
                + "{id: h, x: 2, y: 2, radius: 1}]}\n", "two hazards have the id 'h'");
        assertProblem(dir, HEAD + "arena: {width: 5, height: 5, goals: [{id: nest, x: 1, y: 1}]}\n",
                "missing required field 'arena.goals[0].radius'");
        assertProblem(dir, HEAD + "arena: {width: 5, height: 5}\nfood: {odour: {sigma: 2000}}\n",
                "odour sigma must be a number from 0.01 to 1000.0, got 2000.0");
    }

    @Test
    void should_limit_how_many_sources_an_arena_holds(@TempDir Path dir) {
        StringBuilder lights = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            lights.append(i == 0 ? "" : ", ").append("{x: 1, y: 1}");
        }
        assertProblem(dir, HEAD + "arena: {width: 5, height: 5, lights: [" + lights + "]}\n",
                "at most 100 lights, got 101");
    }

    @Test
    void should_check_a_body_config_with_messages_naming_the_field() {
        assertEquals("body radius must be a number from 0.01 to 10.0, got 20.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new BodyConfigSpec(20.0, null, null, null, null)).getMessage());
        assertEquals("energy initial must be a number from 0.0 to 50.0, got 60.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new BatteryConfigSpec(50.0, 60.0, null, null)).getMessage());
        assertEquals("body maxAcceleration must be a number from 0.01 to 1000000.0, got 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new BodyConfigSpec(null, null, null, 0.0, null)).getMessage());
    }

    private static String arena(String obstacle) {
        return HEAD + "arena:\n  width: 5\n  height: 5\n  obstacles:\n    " + obstacle + "\n";
    }

    private ScenarioSpec read(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, yaml);
        return reader.read(file, ScenarioSpec.class);
    }

    private void assertProblem(Path dir, String yaml, String... fragments) {
        InputException error = assertThrows(InputException.class, () -> read(dir, yaml));
        for (String fragment : fragments) {
            assertTrue(error.getMessage().contains(fragment),
                    "message \"" + error.getMessage() + "\" should contain \"" + fragment + "\"");
        }
    }
}

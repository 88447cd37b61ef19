package org.astrocyte.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.scenarios.spec.ObstacleSpec;
import org.astrocyte.scenarios.spec.ScenarioBuilder;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.spec.TimelineAction;
import org.astrocyte.scenarios.spec.TimelineEventSpec;
import org.astrocyte.scenarios.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** world.json: what the report and the live view draw the arena from. */
class WorldLayoutTest {

    private static World placed(ScenarioSpec spec) {
        World world = WorldFactory.create(spec);
        for (int i = 0; i < spec.agents().size(); i++) {
            StartPoses.place(world, spec.agents().get(i), spec.seed(), i);
        }
        return world;
    }

    @Test
    void movingCirclesAPolygonOnALoopAGoalAndTheBodyAreWrittenAsTheWorldHasThem(@TempDir Path dir) throws Exception {
        // given the crossing example: two carts going back and forth, a box on a loop, a goal region
        ScenarioSpec spec = new YamlConfigReader().read(Path.of("..", "examples", "crossing.yaml"),
                ScenarioSpec.class);
        // when
        Path file = WorldLayout.of(spec, placed(spec)).write(dir.resolve(WorldLayout.FILE_NAME));
        JsonNode world = JsonMapper.builder().build().readTree(file.toFile());
        // then
        assertEquals(1, world.path("format").asInt());
        assertEquals(14.0, world.path("width").asDouble());
        assertEquals(8.0, world.path("height").asDouble());
        JsonNode cart = world.path("obstacles").get(0);
        assertEquals("cart-1", cart.path("id").asText());
        assertEquals("circle", cart.path("shape").asText());
        assertEquals(0.5, cart.path("radius").asDouble());
        assertEquals("ping_pong", cart.path("path").path("mode").asText());
        assertEquals(0.6, cart.path("path").path("speed").asDouble());
        assertEquals(7.0, cart.path("path").path("waypoints").get(0).get(1).asDouble());
        JsonNode box = world.path("obstacles").get(2);
        assertEquals("polygon", box.path("shape").asText());
        assertEquals(4, box.path("vertices").size());
        assertEquals(9.2, box.path("x").asDouble(), "a polygon's anchor is its first vertex");
        assertFalse(box.has("radius"), "a polygon has no radius");
        assertEquals("loop", box.path("path").path("mode").asText());
        assertEquals("far-side", world.path("goals").get(0).path("id").asText());
        assertEquals(0.6, world.path("goals").get(0).path("radius").asDouble());
        JsonNode walker = world.path("bodies").get(0);
        assertEquals("walker", walker.path("id").asText());
        assertEquals(1.0, walker.path("x").asDouble());
        assertEquals(4.0, walker.path("y").asDouble());
        assertEquals(spec.sensors().rays(), world.path("sensors").path("rays").asInt());
        assertEquals(Math.toRadians(spec.sensors().fieldOfViewDeg()), world.path("sensors").path("fieldOfView")
                .asDouble(), 1e-12);
    }

    @Test
    void foodHazardsAndTheObstaclesTheTimelineAddsAreInTheLayout() {
        // given the energy example (food that regrows, an acid pool) and a box the timeline adds at 5 s
        ScenarioSpec energy = new YamlConfigReader().read(Path.of("..", "examples", "energy.yaml"),
                ScenarioSpec.class);
        ScenarioSpec spec = ScenarioBuilder.scenario("adds-a-box").arena(6, 4).food(1, 1).food(5, 3)
                .foodRules(0.1, 12, 2).agent("a", 3, 2)
                .event(new TimelineEventSpec(5.0, null, TimelineAction.ADD_OBSTACLE, null,
                        new ObstacleSpec("late-box", 4.5, 1.0, 0.3), null, null, null, null, null))
                .build();
        // when
        WorldLayout layout = WorldLayout.of(spec, placed(spec));
        WorldLayout energyLayout = WorldLayout.of(energy, placed(energy));
        // then
        assertTrue(layout.obstacles().isEmpty(), "the box is not there at the start");
        assertEquals(1, layout.timelineObstacles().size());
        assertEquals("late-box", layout.timelineObstacles().get(0).id());
        assertEquals(12.0, layout.food().regrowSeconds());
        assertEquals(2, layout.food().items().size());
        assertEquals(5.0, layout.food().items().get(1)[0]);
        assertEquals("acid", energyLayout.hazards().get(0).id());
        assertEquals(1.0, energyLayout.hazards().get(0).radius());
        assertEquals(5, energyLayout.food().items().size());
    }
}

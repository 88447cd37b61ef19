package org.astrocyte.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.astrocyte.scenarios.spec.ArenaSpec;
import org.astrocyte.scenarios.spec.BatteryConfigSpec;
import org.astrocyte.scenarios.spec.BodyConfigSpec;
import org.astrocyte.scenarios.spec.ChemicalSpec;
import org.astrocyte.scenarios.spec.FoodSpec;
import org.astrocyte.scenarios.spec.GoalSpec;
import org.astrocyte.scenarios.spec.HazardSpec;
import org.astrocyte.scenarios.spec.LightSpec;
import org.astrocyte.scenarios.spec.ObstacleSpec;
import org.astrocyte.scenarios.spec.OdourSpec;
import org.astrocyte.scenarios.spec.PathKind;
import org.astrocyte.scenarios.spec.PathSpec;
import org.astrocyte.scenarios.spec.PointSpec;
import org.astrocyte.scenarios.spec.SensorSpec;
import org.astrocyte.scenarios.world.BatterySpec;
import org.astrocyte.scenarios.world.Body;
import org.astrocyte.scenarios.world.BodySpec;
import org.astrocyte.scenarios.world.CircleObstacle;
import org.astrocyte.scenarios.world.ObstaclePath;
import org.astrocyte.scenarios.world.PathMode;
import org.astrocyte.scenarios.world.PolygonObstacle;
import org.astrocyte.scenarios.world.Pose;
import org.astrocyte.scenarios.world.StepReport;
import org.astrocyte.scenarios.world.Vec2;
import org.astrocyte.scenarios.world.World;
import org.junit.jupiter.api.Test;

class WorldFactoryTest {

    @Test
    void should_map_the_default_body_config_to_the_body_scenarios_always_had() {
        assertEquals(BodySpec.defaults(), WorldFactory.bodySpec(BodyConfigSpec.defaults()));
    }

    @Test
    void should_map_a_body_config_with_acceleration_and_battery() {
        BodyConfigSpec config = new BodyConfigSpec(0.2, 0.3, 0.8, 2.0, new BatteryConfigSpec(50.0, 40.0, 1.5, 0.1));
        assertEquals(new BodySpec(0.2, 0.3, 0.8, 2.0, new BatterySpec(50, 40, 1.5, 0.1)),
                WorldFactory.bodySpec(config));
    }

    @Test
    void should_build_the_world_an_arena_with_every_feature_describes() {
        // given
        ArenaSpec arena = new ArenaSpec(12.0, 10.0, List.of(
                new ObstacleSpec("rock", 4.0, 3.0, 0.7),
                new ObstacleSpec("wall", null, null, null, List.of(new PointSpec(6.0, 1.0), new PointSpec(6.1, 1.0),
                        new PointSpec(6.1, 4.0)), null),
                new ObstacleSpec("puck", 8.0, 8.0, 0.3, null,
                        new PathSpec(List.of(new PointSpec(10.0, 8.0)), 0.4, PathKind.PING_PONG))),
                List.of(new LightSpec("lamp", 3.0, 5.0, 1.0, 1.0)), List.of(new ChemicalSpec("scent", 3.0, 5.0, 1.0,
                        1.0)), List.of(new HazardSpec("acid", 2.0, 5.0, 0.5, 4.0)),
                List.of(new GoalSpec("nest", 2.0, 5.0, 0.3)));
        FoodSpec food = new FoodSpec(List.of(new PointSpec(10.0, 2.0)), 0.1, 5.0, 2.0, 30.0, new OdourSpec(1.0, 1.0));

        // when
        World world = new World(WorldFactory.worldSpec(arena, food, new SensorSpec(5, 90.0, 2.0, 0.0), 9));
        Body body = world.addBody("b", new Pose(2, 5, 0), BodySpec.defaults());
        StepReport report = world.step(1.0);
        double[] light = new double[2];
        world.readLight(body, light);

        // then
        assertEquals(List.of(new CircleObstacle("rock", 4, 3, 0.7),
                new PolygonObstacle("wall", List.of(new Vec2(6, 1), new Vec2(6.1, 1), new Vec2(6.1, 4))),
                new CircleObstacle("puck", 8, 8, 0.3, new ObstaclePath(List.of(new Vec2(10, 8)), 0.4,
                        PathMode.PING_PONG))), world.obstacles());
        assertEquals(new Vec2(8.4, 8), world.obstaclePosition("puck"));
        assertEquals(96, body.storedEnergy(), 1e-9);
        assertTrue(light[0] > 0.5, "light " + light[0]);
        assertEquals(30, world.spec().foodEnergy());
        assertEquals(9, world.spec().seed());
        assertEquals(Math.toRadians(90), world.rangeSensor().fieldOfView(), 1e-15);
        assertEquals(List.of(), report.goalsReached(), "the body starts in the goal");
    }
}

package org.astrocyte.scenarios.world;

import static org.astrocyte.scenarios.world.PolygonObstacleTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovingObstacleTest {

    private static final double R = BodySpec.defaults().radius();
    private static final int MIDDLE = 2;

    @Test
    void should_loop_through_the_waypoints_and_back_to_the_start_at_the_path_speed() {
        // given a circle going (2, 2) -> (4, 2) -> (4, 4) -> back to (2, 2), at 1 m/s
        ObstaclePath path = new ObstaclePath(List.of(new Vec2(4, 2), new Vec2(4, 4)), 1, PathMode.LOOP);
        World world = new World(Worlds.spec(6, 6, new CircleObstacle("puck", 2, 2, 0.2, path)).build());

        // when / then
        Worlds.run(world, 3, 0.001);
        assertPosition(4, 3, world.obstaclePosition("puck"));
        world.step(1 + Math.sqrt(2));
        assertPosition(3, 3, world.obstaclePosition("puck"));
        world.step(Math.sqrt(2));
        assertPosition(2, 2, world.obstaclePosition("puck"));
    }

    @Test
    void should_come_back_through_the_waypoints_in_ping_pong_mode() {
        // given the same waypoints, ping-pong: (2, 2) -> (4, 2) -> (4, 4) -> (4, 2) -> (2, 2) ...
        ObstaclePath path = new ObstaclePath(List.of(new Vec2(4, 2), new Vec2(4, 4)), 1, PathMode.PING_PONG);
        World world = new World(Worlds.spec(6, 6, new CircleObstacle("puck", 2, 2, 0.2, path)).build());

        // when / then
        Worlds.run(world, 5, 0.01);
        assertPosition(4, 3, world.obstaclePosition("puck"));
        Worlds.run(world, 2, 0.01);
        assertPosition(3, 2, world.obstaclePosition("puck"));
        Worlds.run(world, 5, 0.01);
        assertPosition(4, 4, world.obstaclePosition("puck"));
        Worlds.run(world, 4, 0.01);
        assertPosition(2, 2, world.obstaclePosition("puck"));
    }

    @Test
    void should_move_a_polygon_by_its_first_vertex_without_turning_it() {
        // given a box anchored at its south-west corner, sliding 2 m north at 0.5 m/s
        ObstaclePath path = new ObstaclePath(List.of(new Vec2(3, 3)), 0.5, PathMode.PING_PONG);
        PolygonObstacle door = new PolygonObstacle("door",
                List.of(new Vec2(3, 1), new Vec2(4, 1), new Vec2(4, 1.5), new Vec2(3, 1.5)), path);
        World world = new World(Worlds.spec(6, 5, door).build());
        Body body = world.addBody("b", new Pose(1.5, 3.25, 0), BodySpec.defaults());
        double[] before = world.readRange(body);

        // when the door has risen into the middle ray's line
        Worlds.run(world, 4, 0.001);

        // then the ray sees the door where it is now
        assertEquals(1.5, before[MIDDLE]);
        assertPosition(3, 3, world.obstaclePosition("door"));
        assertEquals(3 - 1.5 - R, world.readRange(body)[MIDDLE], 1e-12);
    }

    @Test
    void should_push_a_body_out_of_its_way_and_count_a_collision() {
        // given a still body in the path of a rolling boulder
        ObstaclePath path = new ObstaclePath(List.of(new Vec2(8, 2)), 0.5, PathMode.PING_PONG);
        World world = new World(Worlds.spec(10, 4, new CircleObstacle("boulder", 3, 2, 0.3, path)).build());
        Body body = world.addBody("b", new Pose(5, 2, Math.PI / 2), BodySpec.defaults());
        List<StepReport> reports = new ArrayList<>();

        // when the boulder rolls to its far end
        for (int i = 0; i < 10_000; i++) {
            reports.addAll(Worlds.run(world, 0.001, 0.001));
            Vec2 boulder = world.obstaclePosition("boulder");
            // then it never overlaps the body
            assertTrue(Math.hypot(body.x() - boulder.x(), body.y() - boulder.y()) >= 0.3 + R - 1e-9,
                    "overlap at t = " + world.timeSeconds());
        }
        assertEquals(8 + 0.3 + R, body.x(), 1e-9);
        assertEquals(2, body.y(), 1e-9);
        assertEquals(List.of(new StepReport.Collision("b", "boulder", 5 - R, 2)), Worlds.collisions(reports));
    }

    @Test
    void should_not_let_a_fast_thin_obstacle_pass_through_a_body_with_long_steps() {
        // given a bar 2 cm thick sweeping east at 2 m/s, stepped 0.5 s at a time (1 m per step)
        ObstaclePath path = new ObstaclePath(List.of(new Vec2(9, 1)), 2, PathMode.LOOP);
        World world = new World(Worlds.spec(10, 4, new PolygonObstacle("bar",
                List.of(new Vec2(1, 1), new Vec2(1.02, 1), new Vec2(1.02, 3), new Vec2(1, 3)), path)).build());
        Body body = world.addBody("b", new Pose(5, 2, 0), BodySpec.defaults());

        // when
        for (int i = 0; i < 8; i++) {
            world.step(0.5);
            // then the body stays east of the bar while it sweeps east
            Vec2 bar = world.obstaclePosition("bar");
            if (i < 4) {
                assertTrue(body.x() >= bar.x() + 0.02 + R - 1e-9, "body at " + body.x() + ", bar at " + bar.x());
            }
        }
        assertEquals(9.02 + R, body.x(), 1e-9);
    }

    @Test
    void should_keep_a_moving_obstacle_inside_the_arena_along_its_whole_path() {
        ObstaclePath outward = new ObstaclePath(List.of(new Vec2(2, 2), new Vec2(5.9, 2)), 1, PathMode.LOOP);
        assertMessage(() -> new Arena(6, 4, List.of(new CircleObstacle("puck", 1, 2, 0.2, outward))),
                "obstacle 'puck'", "path waypoint 1", "wall-east");
        ObstaclePath nowhere = new ObstaclePath(List.of(new Vec2(1, 2)), 1, PathMode.LOOP);
        assertMessage(() -> new CircleObstacle("puck", 1, 2, 0.2, nowhere), "obstacle 'puck'", "never leaves");
        assertMessage(() -> new ObstaclePath(List.of(), 1, PathMode.LOOP), "1 to 100 waypoints", "got 0");
        assertMessage(() -> new ObstaclePath(List.of(new Vec2(1, 1)), 0, PathMode.LOOP), "path speed", "positive");
    }

    private static void assertPosition(double x, double y, Vec2 actual) {
        assertEquals(x, actual.x(), 1e-8, "x of " + actual);
        assertEquals(y, actual.y(), 1e-8, "y of " + actual);
    }
}

package org.astrocyte.scenarios.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CollisionTest {

    private static final double R = BodySpec.defaults().radius();
    private static final double MAX = BodySpec.defaults().maxWheelSpeed();

    @ParameterizedTest(name = "dt = {0} s")
    @ValueSource(doubles = {0.001, 0.01})
    void should_not_pass_through_wall_at_max_speed(double dt) {
        // given
        World world = Worlds.empty(4, 4);
        Body body = world.addBody("b", new Pose(2, 2, 0), BodySpec.defaults());
        body.drive(MAX, MAX);
        List<StepReport.Collision> collisions = new ArrayList<>();

        // when
        for (int i = 0; i < Math.round(10 / dt); i++) {
            collisions.addAll(world.step(dt).collisions());
            // then
            assertTrue(body.x() <= 4 - R, "centre at x = " + body.x());
        }
        assertEquals(List.of(new StepReport.Collision("b", "wall-east", 4, 2)), collisions);
        assertEquals(4 - R, body.x());
        assertTrue(body.touching());
    }

    @Test
    void should_slide_along_a_wall_after_a_glancing_contact() {
        // given a body heading 10° into the north wall, 0.35 m below the line its centre cannot cross
        World world = Worlds.empty(10, 4);
        double heading = Math.toRadians(10);
        Body body = world.addBody("b", new Pose(1, 3.5, heading), BodySpec.defaults());
        body.drive(MAX, MAX);

        // when
        List<StepReport.Collision> collisions = Worlds.collisions(Worlds.run(world, 6, 0.001));

        // then it keeps its speed along the wall and loses only the part into it
        assertEquals(4 - R, body.y());
        assertEquals(1 + 3 * Math.cos(heading), body.x(), 1e-6);
        assertEquals(heading, body.heading(), 1e-12);
        assertEquals(1, collisions.size());
        assertEquals("wall-north", collisions.get(0).with());
    }

    @Test
    void should_count_and_name_an_obstacle_touched() {
        // given
        World world = Worlds.withObstacles(6, 4, new CircleObstacle("rock", 3, 2, 0.3));
        Body body = world.addBody("b", new Pose(1, 2, 0), BodySpec.defaults());
        body.drive(MAX, MAX);
        List<StepReport.Collision> collisions = new ArrayList<>();

        // when
        for (int i = 0; i < 10_000; i++) {
            collisions.addAll(world.step(0.001).collisions());
            // then
            assertTrue(distance(body, 3, 2) >= 0.3 + R - 1e-12, "centre at x = " + body.x());
        }
        assertEquals(1, collisions.size());
        StepReport.Collision collision = collisions.get(0);
        assertEquals("b", collision.bodyId());
        assertEquals("rock", collision.with());
        assertEquals(2.7, collision.x(), 1e-9);
        assertEquals(2, collision.y(), 1e-9);
        assertTrue(body.touching());
    }

    @Test
    void should_count_a_new_collision_after_leaving_and_returning() {
        // given
        World world = Worlds.empty(4, 4);
        Body body = world.addBody("b", new Pose(3, 2, 0), BodySpec.defaults());
        body.drive(MAX, MAX);
        List<StepReport> reports = new ArrayList<>(Worlds.run(world, 3, 0.001));

        // when it backs away and drives in again
        body.drive(-MAX, -MAX);
        reports.addAll(Worlds.run(world, 1, 0.001));
        boolean touchingAway = body.touching();
        body.drive(MAX, MAX);
        reports.addAll(Worlds.run(world, 2, 0.001));

        // then
        assertFalse(touchingAway);
        assertEquals(2, Worlds.collisions(reports).size());
    }

    @Test
    void should_not_report_a_collision_for_a_body_that_starts_touching() {
        // given a body resting against the west wall
        World world = Worlds.empty(4, 4);
        Body body = world.addBody("b", new Pose(R, 2, Math.PI), BodySpec.defaults());
        body.drive(MAX, MAX);

        // when it keeps pushing
        List<StepReport> reports = Worlds.run(world, 1, 0.001);

        // then
        assertTrue(body.touching());
        assertEquals(List.of(), Worlds.collisions(reports));
        assertEquals(R, body.x());
    }

    @Test
    void should_not_tunnel_through_a_thin_obstacle_with_long_steps() {
        // given a pole much thinner than the 0.25 m a body covers in one 0.5 s step
        World world = Worlds.withObstacles(6, 4, new CircleObstacle("pole", 3, 2, 0.02));
        Body body = world.addBody("b", new Pose(1, 2, 0), BodySpec.defaults());
        body.drive(MAX, MAX);

        // when
        List<StepReport> reports = Worlds.run(world, 10, 0.5);

        // then
        assertEquals(3 - 0.02 - R, body.x(), 1e-9);
        assertEquals(List.of("pole"), Worlds.collisions(reports).stream().map(StepReport.Collision::with).toList());
    }

    @Test
    void should_stay_out_of_a_gap_narrower_than_the_body() {
        // given a boulder leaving a 0.2 m gap above the south wall, and a body sliding along that wall towards it
        World world = Worlds.withObstacles(6, 4, new CircleObstacle("boulder", 3, 0.5, 0.3));
        Body body = world.addBody("b", new Pose(1, R, 0), BodySpec.defaults());
        body.drive(MAX, MAX);
        List<StepReport.Collision> collisions = new ArrayList<>();

        // when
        for (int i = 0; i < 8_000; i++) {
            collisions.addAll(world.step(0.001).collisions());
            // then
            assertTrue(body.y() >= R, "centre at y = " + body.y());
            assertTrue(distance(body, 3, 0.5) >= 0.3 + R - 1e-9, "centre at " + body.pose());
        }
        assertTrue(body.x() < 3 - 0.25, "stuck before the gap, at x = " + body.x());
        assertEquals(List.of("boulder"), collisions.stream().map(StepReport.Collision::with).toList());
    }

    @Test
    void should_report_both_walls_of_a_corner() {
        // given a body heading 30° north of east: it meets the east wall first, then slides into the corner
        World world = Worlds.empty(4, 4);
        Body body = world.addBody("b", new Pose(2, 2, Math.toRadians(30)), BodySpec.defaults());
        body.drive(MAX, MAX);

        // when
        List<StepReport.Collision> collisions = Worlds.collisions(Worlds.run(world, 10, 0.001));

        // then
        assertEquals(List.of("wall-east", "wall-north"), collisions.stream().map(StepReport.Collision::with).toList());
        assertEquals(4 - R, body.x());
        assertEquals(4 - R, body.y());
    }

    @Test
    void should_return_the_shared_empty_report_when_nothing_happens() {
        // given
        World world = Worlds.empty(4, 4);
        Body body = world.addBody("b", new Pose(2, 2, 0), BodySpec.defaults());
        body.drive(0.1, 0.1);

        // when
        StepReport report = world.step(0.001);

        // then
        assertTrue(report.isEmpty());
        assertTrue(report == StepReport.EMPTY, "a quiet step should reuse StepReport.EMPTY");
    }

    private static double distance(Body body, double x, double y) {
        return Math.hypot(body.x() - x, body.y() - y);
    }
}

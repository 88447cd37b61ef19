package org.astrocyte.scenarios.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyInteractionTest {

    private static final double R = BodySpec.defaults().radius();
    private static final double MAX = BodySpec.defaults().maxWheelSpeed();
    private static final int MIDDLE = 2;

    @Test
    void should_see_another_body_on_a_range_ray() {
        // given
        World world = Worlds.empty(10, 4);
        Body viewer = world.addBody("viewer", new Pose(2, 2, 0), BodySpec.defaults());
        world.addBody("other", new Pose(3, 2, 0), BodySpec.defaults());

        // when
        double[] readings = world.readRange(viewer);

        // then surface to surface
        assertEquals(1 - 2 * R, readings[MIDDLE], 1e-12);
        assertEquals(1.5, readings[0]);
    }

    @Test
    void should_stop_two_bodies_meeting_head_on_symmetrically_and_report_it_for_both() {
        // given
        World world = Worlds.empty(10, 4);
        Body west = world.addBody("west", new Pose(3, 2, 0), BodySpec.defaults());
        Body east = world.addBody("east", new Pose(5, 2, Math.PI), BodySpec.defaults());
        west.drive(MAX, MAX);
        east.drive(MAX, MAX);

        // when
        List<StepReport.Collision> collisions = Worlds.collisions(Worlds.run(world, 4, 0.001));

        // then
        assertEquals(4 - R, west.x(), 1e-9);
        assertEquals(4 + R, east.x(), 1e-9);
        assertEquals(List.of(new StepReport.Collision("west", "east", 4, 2, true),
                new StepReport.Collision("east", "west", 4, 2, true)), rounded(collisions));
        assertTrue(west.touching() && east.touching());
        assertEquals(0, west.speed(), 1e-9);
    }

    @Test
    void should_push_a_still_body_at_half_the_pusher_speed() {
        // given a body driving into one that stands still
        World world = Worlds.empty(10, 4);
        Body pusher = world.addBody("pusher", new Pose(3, 2, 0), BodySpec.defaults());
        Body pushed = world.addBody("pushed", new Pose(3 + 2 * R, 2, 0), BodySpec.defaults());
        pusher.drive(MAX, MAX);

        // when
        Worlds.run(world, 2, 0.001);

        // then each step's overlap is shared: both move on at half speed, still touching
        assertEquals(3 + MAX, pusher.x(), 1e-6);
        assertEquals(3 + 2 * R + MAX, pushed.x(), 1e-6);
        assertEquals(MAX / 2, pusher.speed(), 1e-6);
        assertEquals(MAX / 2, pushed.speed(), 1e-6);
    }

    @Test
    void should_not_let_bodies_pass_through_each_other_with_long_steps() {
        // given bodies closing at 1 m/s, stepped 0.5 s at a time (0.5 m per step, more than a diameter of 0.3 m)
        World world = Worlds.empty(10, 4);
        Body west = world.addBody("west", new Pose(2, 2, 0), BodySpec.defaults());
        Body east = world.addBody("east", new Pose(6, 2, Math.PI), BodySpec.defaults());
        west.drive(MAX, MAX);
        east.drive(MAX, MAX);

        // when
        for (int i = 0; i < 10; i++) {
            world.step(0.5);
            // then
            assertTrue(east.x() - west.x() >= 2 * R - 1e-9, "west at " + west.x() + ", east at " + east.x());
        }
        assertEquals(4 - R, west.x(), 1e-9);
    }

    @Test
    void should_keep_a_body_pushed_against_a_wall_inside_the_arena() {
        // given a body resting against the east wall and another driving into it
        World world = Worlds.empty(4, 4);
        Body resting = world.addBody("resting", new Pose(4 - R, 2, 0), BodySpec.defaults());
        Body pusher = world.addBody("pusher", new Pose(2, 2, 0), BodySpec.defaults());
        pusher.drive(MAX, MAX);
        List<StepReport> reports = new ArrayList<>();

        // when
        for (int i = 0; i < 6000; i++) {
            reports.add(world.step(0.001));
            // then
            assertTrue(resting.x() <= 4 - R, "resting body pushed into the wall, x = " + resting.x());
        }
        assertEquals(4 - 3 * R, pusher.x(), 1e-6);
        assertEquals(1, Worlds.collisions(reports).stream().filter(c -> c.bodyId().equals("pusher")).count());
    }

    @Test
    void should_part_bodies_that_start_overlapping_without_a_collision() {
        // given
        World world = Worlds.empty(10, 4);
        Body a = world.addBody("a", new Pose(3, 2, 0), BodySpec.defaults());
        Body b = world.addBody("b", new Pose(3.1, 2, 0), BodySpec.defaults());

        // when
        StepReport report = world.step(0.001);

        // then
        assertEquals(2 * R, b.x() - a.x(), 1e-12);
        assertEquals(3.05, (a.x() + b.x()) / 2, 1e-12);
        assertEquals(List.of(), report.collisions());
    }

    private static List<StepReport.Collision> rounded(List<StepReport.Collision> collisions) {
        return collisions.stream().map(c -> new StepReport.Collision(c.bodyId(), c.with(),
                Math.round(c.x() * 1e6) / 1e6, Math.round(c.y() * 1e6) / 1e6, c.withBody())).toList();
    }
}

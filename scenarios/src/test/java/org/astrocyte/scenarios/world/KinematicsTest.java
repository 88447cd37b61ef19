package org.astrocyte.scenarios.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KinematicsTest {

    private static final double DT = 0.001;
    private static final double EPS = 1e-9;

    @Test
    void should_move_straight_by_speed_times_time_when_wheels_are_equal() {
        // given
        World world = Worlds.empty(10, 10);
        double heading = Math.PI / 6;
        Body body = world.addBody("b", new Pose(2, 3, heading), BodySpec.defaults());
        body.drive(0.3, 0.3);

        // when
        Worlds.run(world, 2.0, DT);

        // then
        assertEquals(2 + 0.6 * Math.cos(heading), body.x(), EPS);
        assertEquals(3 + 0.6 * Math.sin(heading), body.y(), EPS);
        assertEquals(heading, body.heading(), EPS);
        assertEquals(2.0, world.timeSeconds());
    }

    @Test
    void should_turn_in_place_by_wheel_difference_over_wheel_base() {
        // given
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(5, 5, 0), BodySpec.defaults());
        body.drive(-0.2, 0.2);

        // when
        Worlds.run(world, 1.0, DT);

        // then (r − l) / wheelBase · t = 0.4 / 0.25 · 1 = 1.6 rad
        assertEquals(1.6, body.heading(), EPS);
        assertEquals(5, body.x(), 1e-12);
        assertEquals(5, body.y(), 1e-12);
    }

    @Test
    void should_end_an_arc_where_the_closed_form_says() {
        // given
        World world = Worlds.empty(10, 10);
        double h0 = 0.4;
        Body body = world.addBody("b", new Pose(5, 5, h0), BodySpec.defaults());
        double left = 0.1;
        double right = 0.3;
        body.drive(left, right);

        // when
        Worlds.run(world, 1.5, DT);

        // then
        double v = (left + right) / 2;
        double omega = (right - left) / BodySpec.defaults().wheelBase();
        double h1 = h0 + omega * 1.5;
        assertEquals(5 + v / omega * (Math.sin(h1) - Math.sin(h0)), body.x(), EPS);
        assertEquals(5 - v / omega * (Math.cos(h1) - Math.cos(h0)), body.y(), EPS);
        assertEquals(h1, body.heading(), EPS);
    }

    @Test
    void should_reach_the_same_pose_with_one_long_step_as_with_many_short_ones() {
        // given
        World coarse = Worlds.empty(10, 10);
        World fine = Worlds.empty(10, 10);
        Body a = coarse.addBody("b", new Pose(5, 5, -2.0), BodySpec.defaults());
        Body b = fine.addBody("b", new Pose(5, 5, -2.0), BodySpec.defaults());
        a.drive(0.45, 0.2);
        b.drive(0.45, 0.2);

        // when
        coarse.step(1.0);
        Worlds.run(fine, 1.0, DT);

        // then
        assertEquals(b.x(), a.x(), EPS);
        assertEquals(b.y(), a.y(), EPS);
        assertEquals(b.heading(), a.heading(), EPS);
    }

    @Test
    void should_clamp_wheel_speeds_to_the_maximum() {
        // given
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(1, 5, 0), BodySpec.defaults());

        // when
        body.drive(3.0, -7.0);

        // then
        assertEquals(0.5, body.leftWheel());
        assertEquals(-0.5, body.rightWheel());
    }

    @Test
    void should_keep_heading_within_minus_pi_and_pi_while_spinning() {
        // given
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(5, 5, 3.0), BodySpec.defaults());
        body.drive(0.5, -0.5);
        double turned = 0;
        double previous = body.heading();

        // when
        for (int i = 0; i < 10_000; i++) {
            world.step(DT);
            double heading = body.heading();
            // then
            assertTrue(heading > -Math.PI && heading <= Math.PI, "heading " + heading);
            turned += Angles.normalise(heading - previous);
            previous = heading;
        }
        assertEquals(-4.0 * 10, turned, 1e-6);
    }
}

package org.astrocyte.scenarios.world;

import static org.astrocyte.scenarios.world.PolygonObstacleTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyDynamicsTest {

    private static final double R = BodySpec.defaults().radius();
    private static final double DT = 0.001;

    @Test
    void should_turn_wheels_at_the_commanded_speed_at_once_by_default() {
        // given
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(5, 5, 0), BodySpec.defaults());
        body.drive(0.5, -0.2);

        // when
        world.step(DT);

        // then
        assertEquals(0.5, body.leftWheelSpeed());
        assertEquals(-0.2, body.rightWheelSpeed());
    }

    @Test
    void should_ramp_wheel_speeds_within_the_acceleration_limit() {
        // given 1 m/s² from rest
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(2, 5, 0), BodySpec.defaults().withMaxAcceleration(1));
        body.drive(0.5, 0.5);

        // when
        Worlds.run(world, 0.2, DT);
        double speedAt200ms = body.leftWheelSpeed();
        Worlds.run(world, 0.8, DT);

        // then 0.2 m/s after 0.2 s; full speed from 0.5 s; distance ½·a·t² then v·t (with one step of lead)
        assertEquals(0.2, speedAt200ms, 1e-12);
        assertEquals(0.5, body.leftWheelSpeed());
        assertEquals(2 + 0.125 + 0.25 + 0.5 * DT / 2, body.x(), 1e-6);
    }

    @Test
    void should_ramp_down_as_well_as_up() {
        // given a body at full speed told to reverse, with 2 m/s²
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(2, 5, 0), BodySpec.defaults().withMaxAcceleration(2));
        body.drive(0.5, 0.5);
        Worlds.run(world, 1, DT);
        body.drive(-0.5, -0.5);

        // when
        Worlds.run(world, 0.25, DT);

        // then
        assertEquals(0, body.leftWheelSpeed(), 1e-12);
        assertEquals(0, body.speed(), 0.003);
    }

    @Test
    void should_measure_forward_speed_and_turn_rate_of_the_last_step() {
        // given
        World world = Worlds.empty(10, 10);
        Body body = world.addBody("b", new Pose(5, 5, 1.0), BodySpec.defaults());
        body.drive(0.1, 0.3);

        // when
        world.step(DT);

        // then v = (l + r) / 2, ω = (r − l) / wheel base
        assertEquals(0.2, body.speed(), 1e-7);
        assertEquals(0.2 / 0.25, body.turnRate(), 1e-12);
    }

    @Test
    void should_measure_no_speed_when_a_wall_holds_the_body() {
        // given a body resting against the east wall, still driving into it
        World world = Worlds.empty(4, 4);
        Body body = world.addBody("b", new Pose(4 - R, 2, 0), BodySpec.defaults());
        body.drive(0.5, 0.5);

        // when
        world.step(DT);

        // then
        assertEquals(0, body.speed(), 1e-12);
        assertEquals(0, body.turnRate());
    }

    @Test
    void should_close_front_left_front_right_or_rear_by_where_the_contact_is() {
        // given three still bodies, each touching a rock: 30° to its left, 30° to its right, straight behind it
        double reach = R + 0.2;
        World world = Worlds.withObstacles(10, 10,
                new CircleObstacle("left", 2 + reach * Math.cos(Math.PI / 6), 2 + reach * Math.sin(Math.PI / 6), 0.2),
                new CircleObstacle("right", 2 + reach * Math.cos(Math.PI / 6), 6 - reach * Math.sin(Math.PI / 6), 0.2),
                new CircleObstacle("behind", 8 - reach - 1e-9, 8, 0.2));
        Body left = world.addBody("l", new Pose(2, 2, 0), BodySpec.defaults());
        Body right = world.addBody("r", new Pose(2, 6, 0), BodySpec.defaults());
        Body rear = world.addBody("x", new Pose(8, 8, 0), BodySpec.defaults());

        // when
        world.step(DT);

        // then
        assertTrue(left.touchFrontLeft() && !left.touchFrontRight() && !left.touchRear());
        assertTrue(!right.touchFrontLeft() && right.touchFrontRight() && !right.touchRear());
        assertTrue(!rear.touchFrontLeft() && !rear.touchFrontRight() && rear.touchRear());
    }

    @Test
    void should_close_a_bump_switch_on_a_collision_with_a_wall_or_a_body_and_open_it_after() {
        // given a body heading 30° right of the normal of a wall ahead, and one body running into another's right
        World world = Worlds.empty(10, 10);
        Body walled = world.addBody("w", new Pose(9.5, 2, Math.toRadians(-30)), BodySpec.defaults());
        Body a = world.addBody("a", new Pose(5, 5, Math.PI / 2), BodySpec.defaults());
        Body b = world.addBody("b", new Pose(6, 5.1, Math.PI), BodySpec.defaults());
        walled.drive(0.5, 0.5);
        b.drive(0.5, 0.5);

        // when
        Worlds.run(world, 1.5, DT);
        boolean wallOnLeft = walled.touchFrontLeft();
        boolean aTouchedOnRight = a.touchFrontRight();
        walled.drive(-0.5, -0.5);
        Worlds.run(world, 0.1, DT);

        // then the wall lies 30° to the left of the heading; b comes in from a's right
        assertTrue(wallOnLeft);
        assertTrue(aTouchedOnRight);
        assertFalse(walled.touchFrontLeft() || walled.touchFrontRight() || walled.touchRear());
    }

    @Test
    void should_reject_an_acceleration_that_is_not_positive() {
        assertMessage(() -> BodySpec.defaults().withMaxAcceleration(0), "max acceleration", "positive");
    }
}

package org.astrocyte.controllers.spiking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.spiking.WallFollowing.Side;
import org.astrocyte.controllers.testing.TinyWorld;
import org.junit.jupiter.api.Test;

class WallFollowingTest {

    private static final double RANGE = 1.5;
    private static final MotorCommand AHEAD = new MotorCommand(0.3, 0.3);

    /** What a run along the walls of a square measured. */
    private record Lap(double travelled, int collisions, double turnedDeg, double inBandFraction, double minClearance,
            double maxClearance) {
    }

    /** Follows the walls of a 4 m square for 30 s, starting 0.35 m from the wall on {@code side}. */
    private static Lap lap(Side side) {
        // Heading west along the south wall puts it on the left; heading east puts it on the right.
        TinyWorld world = TinyWorld.square(4).place(2, 0.35 + TinyWorld.RADIUS, side == Side.LEFT ? 180 : 0);
        WallFollowing reflex = new WallFollowing(5, TinyWorld.MAX_SPEED, side, 7);
        long ticks = Math.round(30 / TinyWorld.DT);
        long inBand = 0;
        double turned = 0;
        double previous = world.headingDeg();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (long t = 0; t < ticks; t++) {
            world.step(reflex.step(world.frame(AHEAD)).command());
            double clearance = world.wallClearance();
            min = Math.min(min, clearance);
            max = Math.max(max, clearance);
            if (clearance >= 0.05 && clearance <= 0.8) {
                inBand++;
            }
            turned += Math.IEEEremainder(world.headingDeg() - previous, 360);
            previous = world.headingDeg();
        }
        return new Lap(world.travelled(), world.collisions(), turned, inBand / (double) ticks, min, max);
    }

    @Test
    void should_follow_the_walls_of_a_square_on_the_left_round_a_corner_without_touching() {
        // when
        Lap lap = lap(Side.LEFT);
        // then
        assertTrue(lap.travelled() > 5, lap.toString());
        assertTrue(lap.turnedDeg() < -80, "a wall on the left is followed clockwise, round a corner: " + lap);
        assertEquals(0, lap.collisions(), lap.toString());
        assertTrue(lap.inBandFraction() >= 0.8, lap.toString());
    }

    @Test
    void should_follow_the_walls_of_a_square_on_the_right_counter_clockwise() {
        // when
        Lap lap = lap(Side.RIGHT);
        // then
        assertTrue(lap.travelled() > 5, lap.toString());
        assertTrue(lap.turnedDeg() > 80, "a wall on the right is followed counter-clockwise: " + lap);
        assertEquals(0, lap.collisions(), lap.toString());
        assertTrue(lap.inBandFraction() >= 0.8, lap.toString());
    }

    @Test
    void should_pass_the_planner_drive_through_when_no_wall_is_within_reach() {
        // given
        WallFollowing reflex = new WallFollowing(5, 0.5, Side.LEFT, 7);
        ReflexDecision decision = null;
        // when
        for (int i = 0; i < 200; i++) {
            decision = reflex.step(SensorFrame.of(i * 1000L, new double[] {1.5, 1.5, 1.5, 0.4, 0.2}, RANGE, AHEAD));
        }
        // then: a wall on the right is none of a left follower's business
        assertFalse(decision.overriding());
        assertEquals(AHEAD, decision.command());
    }

    @Test
    void should_steer_away_from_a_wall_too_close_and_toward_one_too_far() {
        // given
        WallFollowing closeReflex = new WallFollowing(5, 0.5, Side.LEFT, 7);
        WallFollowing farReflex = new WallFollowing(5, 0.5, Side.LEFT, 7);
        ReflexDecision close = null;
        ReflexDecision far = null;
        // when
        for (int i = 0; i < 100; i++) {
            close = closeReflex.step(SensorFrame.of(i * 1000L, new double[] {0.1, 0.3, 1.5, 1.5, 1.5}, RANGE, AHEAD));
            far = farReflex.step(SensorFrame.of(i * 1000L, new double[] {0.6, 1.2, 1.5, 1.5, 1.5}, RANGE, AHEAD));
        }
        // then
        assertTrue(close.overriding() && far.overriding());
        assertTrue(close.command().left() > close.command().right(), "too close on the left: turn right " + close);
        assertTrue(far.command().right() > far.command().left(), "too far on the left: turn left " + far);
    }

    @Test
    void should_turn_hard_away_from_the_wall_when_the_front_is_blocked() {
        // given
        WallFollowing reflex = new WallFollowing(5, 0.5, Side.RIGHT, 7);
        ReflexDecision decision = null;
        // when: the wall at the set distance on the right, and another one close ahead
        for (int i = 0; i < 100; i++) {
            decision = reflex.step(SensorFrame.of(i * 1000L, new double[] {1.5, 0.5, 0.2, 0.3, 0.3}, RANGE, AHEAD));
        }
        // then
        assertTrue(decision.overriding());
        double turn = (decision.command().right() - decision.command().left()) / 2;
        double forward = (decision.command().right() + decision.command().left()) / 2;
        assertTrue(turn > 0.2, "a hard left turn: " + decision.command());
        assertTrue(forward < 0.15, "braked: " + decision.command());
    }

    @Test
    void should_reject_a_frame_with_the_wrong_number_of_rays() {
        WallFollowing reflex = new WallFollowing(5, 0.5, Side.LEFT, 7);
        assertThrows(IllegalArgumentException.class,
                () -> reflex.step(SensorFrame.of(0, new double[] {1.5, 1.5, 1.5}, RANGE, AHEAD)));
    }
}

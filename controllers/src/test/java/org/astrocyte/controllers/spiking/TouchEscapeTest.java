package org.astrocyte.controllers.spiking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.WakeUp;
import org.astrocyte.controllers.testing.TinyWorld;
import org.junit.jupiter.api.Test;

class TouchEscapeTest {

    private static final MotorCommand AHEAD = new MotorCommand(0.3, 0.3);
    private static final double SIZE = 4;

    private final TouchEscape reflex = new TouchEscape(TinyWorld.MAX_SPEED, 3);

    /** Distance from the body's surface to the east wall, m. */
    private static double eastGap(TinyWorld world) {
        return SIZE - world.x() - TinyWorld.RADIUS;
    }

    @Test
    void should_back_up_then_turn_away_after_running_head_on_into_a_wall() {
        // given: the planner drives the body straight at the east wall
        TinyWorld world = TinyWorld.square(SIZE).place(3.2, 2, 0);
        long tick = 0;
        ReflexDecision decision = reflex.step(world.frame(AHEAD));
        while (!world.frame(AHEAD).touch().any() && tick < 5000) {
            world.step(decision.command());
            decision = reflex.step(world.frame(AHEAD));
            tick++;
        }
        assertTrue(world.frame(AHEAD).touch().any(), "the body never reached the wall");
        double gapAtTouch = eastGap(world);
        double headingAtTouch = world.headingDeg();
        // when: the reflex sees the touch from the tick after the one that closed the switch
        int reversedAfterMs = -1;
        boolean woke = false;
        int escapeMs = 0;
        double turned = 0;
        double previous = world.headingDeg();
        for (int ms = 1; ms <= 5000; ms++) {
            decision = reflex.step(world.frame(AHEAD));
            woke |= decision.wakeUp() == WakeUp.HAZARD;
            world.step(decision.command());
            turned += Math.IEEEremainder(world.headingDeg() - previous, 360);
            previous = world.headingDeg();
            if (reversedAfterMs < 0 && world.frame(AHEAD).odometry().speed() < 0) {
                reversedAfterMs = ms;
            }
            if (!decision.overriding() && ms > 20) {
                escapeMs = ms;
                break;
            }
        }
        // then
        assertTrue(reversedAfterMs > 0 && reversedAfterMs <= 20, "reversed after " + reversedAfterMs + " ms");
        assertTrue(woke, "taking over on a touch wakes the planner for a hazard");
        assertTrue(escapeMs > 0, "the escape must end and hand back to the planner");
        assertTrue(eastGap(world) > gapAtTouch + 0.05, "gap " + gapAtTouch + " -> " + eastGap(world));
        assertTrue(Math.abs(turned) > 45, "turned " + turned + " degrees");
    }

    @Test
    void should_speed_forward_after_a_touch_on_the_rear() {
        // given: the body's back pressed into the west wall, the planner asking to stay still
        TinyWorld world = TinyWorld.square(SIZE).place(TinyWorld.RADIUS - 0.01, 2, 0);
        world.step(MotorCommand.STOP);
        assertTrue(world.frame(MotorCommand.STOP).touch().rear());
        double start = world.x();
        // when
        double fastest = 0;
        for (int ms = 0; ms < 300; ms++) {
            ReflexDecision decision = reflex.step(world.frame(MotorCommand.STOP));
            world.step(decision.command());
            fastest = Math.max(fastest, world.frame(MotorCommand.STOP).odometry().speed());
        }
        // then
        assertTrue(fastest > 0.8 * TinyWorld.MAX_SPEED, "fastest forward speed " + fastest);
        assertTrue(world.x() - start > 0.05, "moved " + (world.x() - start));
    }

    @Test
    void should_turn_left_after_backing_up_from_a_touch_on_the_front_right() {
        // given
        SensorFrame touched = SensorFrame.of(0, new double[] {1.5}, 1.5, AHEAD)
                .withTouch(new SensorFrame.Touch(false, true, false));
        SensorFrame free = SensorFrame.of(0, new double[] {1.5}, 1.5, AHEAD);
        // when
        reflex.step(touched);
        int hazardWakes = 0;
        double backward = 0;
        double leftTurn = 0;
        for (int ms = 1; ms < 1500; ms++) {
            ReflexDecision decision = reflex.step(free);
            hazardWakes += decision.wakeUp() == WakeUp.HAZARD ? 1 : 0;
            double forward = (decision.command().left() + decision.command().right()) / 2;
            backward = Math.min(backward, forward);
            if (backward < 0 && forward > -0.01) {
                leftTurn = Math.max(leftTurn, decision.command().right() - decision.command().left());
            }
        }
        // then
        assertEquals(1, hazardWakes, "one wake-up, when the escape began");
        assertTrue(backward < -0.2, "backed up at " + backward + " m/s");
        assertTrue(leftTurn > 0.2, "then turned left, wheel difference " + leftTurn + " m/s");
    }

    @Test
    void should_pass_the_planner_drive_through_without_a_touch() {
        for (int ms = 0; ms < 500; ms++) {
            // when
            ReflexDecision decision = reflex.step(SensorFrame.of(ms * 1000L, new double[] {0.1, 0.1}, 1.5, AHEAD));
            // then
            assertFalse(decision.overriding());
            assertEquals(AHEAD, decision.command());
            assertNull(decision.wakeUp());
        }
        assertEquals(0, reflex.totalSpikes());
    }
}

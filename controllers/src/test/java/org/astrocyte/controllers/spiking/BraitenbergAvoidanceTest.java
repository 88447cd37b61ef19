package org.astrocyte.controllers.spiking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.junit.jupiter.api.Test;

class BraitenbergAvoidanceTest {

    private static final double RANGE = 1.5;
    private static final double MAX_SPEED = 0.5;
    private static final MotorCommand AHEAD = new MotorCommand(0.4, 0.4);

    private final BraitenbergAvoidance reflex = new BraitenbergAvoidance(5, MAX_SPEED, 42);
    private long micros;

    /** Steps the reflex {@code ticks} times with the same readings and returns the last decision. */
    private ReflexDecision hold(int ticks, double... ranges) {
        ReflexDecision decision = null;
        for (int i = 0; i < ticks; i++) {
            decision = reflex.step(SensorFrame.of(micros, ranges, RANGE, AHEAD));
            micros += 1000;
        }
        return decision;
    }

    @Test
    void should_pass_the_planner_drive_through_when_nothing_is_near() {
        // when
        ReflexDecision decision = hold(200, 1.5, 1.5, 1.5, 1.5, 1.5);
        // then
        assertFalse(decision.overriding());
        assertEquals(AHEAD, decision.command());
        // Background noise may fire the motor neurons now and then; sensors and hazard stay silent.
        var counts = reflex.takeSpikeCounts();
        assertEquals(0, counts.get(BraitenbergAvoidance.SENSORS), counts.toString());
        assertEquals(0, counts.get(BraitenbergAvoidance.HAZARD), counts.toString());
    }

    @Test
    void should_override_and_turn_right_when_an_obstacle_is_near_on_the_left() {
        // when
        ReflexDecision decision = hold(60, 0.2, 0.3, 1.5, 1.5, 1.5);
        // then
        assertTrue(decision.overriding(), "hazard " + decision.hazard());
        assertTrue(decision.hazard() > BraitenbergAvoidance.ENTER_HAZARD_HZ);
        assertTrue(decision.command().left() > decision.command().right(), decision.command().toString());
    }

    @Test
    void should_override_and_turn_left_when_an_obstacle_is_near_on_the_right() {
        // when
        ReflexDecision decision = hold(60, 1.5, 1.5, 1.5, 0.3, 0.2);
        // then
        assertTrue(decision.overriding());
        assertTrue(decision.command().right() > decision.command().left(), decision.command().toString());
    }

    @Test
    void should_brake_and_turn_away_from_an_obstacle_straight_ahead() {
        // when
        ReflexDecision decision = hold(60, 1.5, 0.6, 0.05, 0.6, 1.5);
        // then
        assertTrue(decision.overriding());
        double forward = (decision.command().left() + decision.command().right()) / 2;
        assertTrue(forward < AHEAD.left() / 2, "forward speed " + forward);
        assertTrue(decision.command().left() != decision.command().right(), "it must turn, not stall");
    }

    @Test
    void should_hand_back_to_the_planner_once_the_obstacle_is_gone() {
        // given
        assertTrue(hold(60, 0.2, 0.2, 0.2, 1.5, 1.5).overriding());
        // when
        ReflexDecision later = hold(200, 1.5, 1.5, 1.5, 1.5, 1.5);
        // then
        assertFalse(later.overriding());
        assertEquals(AHEAD, later.command());
    }

    @Test
    void should_decide_the_same_for_the_same_seed() {
        // given
        BraitenbergAvoidance twin = new BraitenbergAvoidance(5, MAX_SPEED, 42);
        List<MotorCommand> first = new ArrayList<>();
        List<MotorCommand> second = new ArrayList<>();
        double[] ranges = {1.5, 0.7, 0.5, 0.9, 1.5};
        // when
        for (int i = 0; i < 300; i++) {
            first.add(reflex.step(SensorFrame.of(i * 1000L, ranges, RANGE, AHEAD)).command());
            second.add(twin.step(SensorFrame.of(i * 1000L, ranges, RANGE, AHEAD)).command());
        }
        // then
        assertEquals(first, second);
        assertEquals(reflex.totalSpikes(), twin.totalSpikes());
    }

    @Test
    void should_count_spikes_per_population_and_reset_when_taken() {
        // given
        hold(50, 0.2, 0.2, 0.2, 0.2, 0.2);
        // when
        var counts = reflex.takeSpikeCounts();
        // then
        assertTrue(counts.get(BraitenbergAvoidance.SENSORS) > 0, counts.toString());
        assertTrue(counts.get(BraitenbergAvoidance.HAZARD) > 0, counts.toString());
        assertTrue(reflex.takeSpikeCounts().values().stream().allMatch(n -> n == 0));
    }

    @Test
    void should_reject_a_frame_with_the_wrong_number_of_rays() {
        double[] three = new double[3];
        Arrays.fill(three, 1.5);
        assertThrows(IllegalArgumentException.class, () -> reflex.step(SensorFrame.of(0, three, RANGE, AHEAD)));
    }
}

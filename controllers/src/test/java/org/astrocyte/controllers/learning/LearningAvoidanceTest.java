package org.astrocyte.controllers.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.testing.TinyWorld;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.RewardStdp;
import org.junit.jupiter.api.Test;

/** The reflex's wiring, decoding and bookkeeping, tick by tick; {@link LearningAvoidanceRunTest} learns. */
class LearningAvoidanceTest {

    private static final double RANGE = 1.0;
    private static final MotorCommand AHEAD = new MotorCommand(0.4, 0.4);
    private static final LearningParameters PARAMETERS = LearningParameters.defaults();

    private final LearningAvoidance reflex = new LearningAvoidance(5, TinyWorld.MAX_SPEED, PARAMETERS, 7);
    private long micros;

    private ReflexDecision hold(LearningAvoidance target, int ticks, double reward, double... ranges) {
        ReflexDecision decision = null;
        for (int i = 0; i < ticks; i++) {
            SensorFrame frame = SensorFrame.of(micros, ranges, RANGE, AHEAD).withReward(i == 0 ? reward : 0);
            decision = target.step(frame);
            micros += 1000;
        }
        return decision;
    }

    @Test
    void should_describe_one_plastic_sensor_to_motor_projection_on_the_dopamine_channel() {
        // when
        NetworkSpec spec = LearningAvoidance.circuit(5, PARAMETERS);
        // then
        var plastic = spec.projections().get(LearningAvoidance.PLASTIC_PROJECTION);
        RewardStdp rule = assertInstanceOf(RewardStdp.class, plastic.plasticity());
        assertEquals(LearningAvoidance.DOPAMINE, rule.channel());
        assertEquals(PARAMETERS.tauEligibilityMs(), rule.tauEligibilityMs());
        assertEquals(1, spec.projections().stream().filter(p -> p.plasticity().isPlastic()).count());
    }

    @Test
    void should_start_naive_with_weak_weights_onto_both_motor_neurons() {
        // when
        SensorMotorWeights weights = reflex.weights();
        // then
        for (int ray = 0; ray < 5; ray++) {
            assertTrue(weights.toLeftWheel(ray) < PARAMETERS.initialWeightPa(), weights.toString());
            assertTrue(weights.toRightWheel(ray) < PARAMETERS.initialWeightPa(), weights.toString());
        }
        assertTrue(Math.abs(weights.correctMinusWrong(true)) < PARAMETERS.initialWeightPa());
    }

    @Test
    void should_hand_out_copies_of_the_weights() {
        // given
        SensorMotorWeights weights = reflex.weights();
        double first = weights.toLeftWheel(0);
        // when
        weights.toLeftWheel()[0] = -1;
        // then
        assertEquals(first, weights.toLeftWheel(0));
        assertEquals(first, reflex.weights().toLeftWheel(0));
    }

    @Test
    void should_pass_the_planner_drive_through_when_nothing_is_near() {
        // when
        ReflexDecision decision = hold(reflex, 300, 0, 1.0, 1.0, 1.0, 1.0, 1.0);
        // then
        assertFalse(decision.overriding());
        assertEquals(AHEAD, decision.command());
        assertEquals(0, reflex.takeSpikeCounts().get(LearningAvoidance.SENSORS));
    }

    @Test
    void should_override_brake_and_turn_when_an_obstacle_is_near() {
        // when
        ReflexDecision decision = hold(reflex, 100, 0, 0.2, 0.3, 1.0, 1.0, 1.0);
        // then
        assertTrue(decision.overriding(), "hazard " + decision.hazard());
        MotorCommand command = decision.command();
        assertTrue((command.left() + command.right()) / 2 < AHEAD.left(), command.toString());
        assertNotEquals(command.left(), command.right(), "the winning motor neuron must turn the body");
    }

    @Test
    void should_try_both_turns_while_naive() {
        // given an obstacle on the left that comes and goes, learning off
        LearningAvoidance naive = new LearningAvoidance(5, TinyWorld.MAX_SPEED,
                PARAMETERS.toBuilder().learning(false).build(), 11);
        int right = 0;
        int left = 0;
        // when: the manoeuvre's winner is chosen when the obstacle appears and held while it stays
        for (int episode = 0; episode < 100; episode++) {
            MotorCommand command = hold(naive, 300, 0, 0.2, 0.3, 1.0, 1.0, 1.0).command();
            hold(naive, 700, 0, 1.0, 1.0, 1.0, 1.0, 1.0);
            if (command.left() > command.right()) {
                right++;
            } else if (command.right() > command.left()) {
                left++;
            }
        }
        // then: exploration makes it turn either way in a good share of the episodes
        assertTrue(right > 20 && left > 20, "right turns " + right + ", left turns " + left);
    }

    @Test
    void should_count_world_and_escape_rewards_even_when_learning_is_off() {
        // given
        LearningAvoidance control = new LearningAvoidance(5, TinyWorld.MAX_SPEED,
                PARAMETERS.toBuilder().learning(false).build(), 3);
        SensorMotorWeights before = control.weights();
        // when: a collision, then an obstacle that comes and goes without one
        hold(control, 50, -1, 1.0, 1.0, 1.0, 1.0, 1.0);
        hold(control, 200, 0, 0.2, 0.2, 0.2, 1.0, 1.0);
        hold(control, 300, 0, 1.0, 1.0, 1.0, 1.0, 1.0);
        // then
        RewardTally tally = control.rewards();
        assertEquals(1, tally.worldEvents());
        assertEquals(-PARAMETERS.worldRewardGain(), tally.worldTotal());
        assertEquals(1, tally.shapingEvents());
        assertEquals(PARAMETERS.escapeReward(), tally.shapingTotal());
        assertEquals(before, control.weights(), "no reward may reach the synapses with learning off");
    }

    @Test
    void should_not_reward_an_escape_from_a_manoeuvre_that_collided() {
        // when: the obstacle comes, the body hits it, the obstacle goes
        hold(reflex, 200, 0, 0.2, 0.2, 0.2, 1.0, 1.0);
        hold(reflex, 50, -1, 0.0, 0.0, 0.0, 1.0, 1.0);
        hold(reflex, 300, 0, 1.0, 1.0, 1.0, 1.0, 1.0);
        // then
        assertEquals(0, reflex.rewards().shapingEvents());
        assertEquals(1, reflex.rewards().worldEvents());
    }

    @Test
    void should_change_weights_only_through_rewards() {
        // given
        SensorMotorWeights before = reflex.weights();
        // when: much pairing of sensors and motor neurons, no reward
        hold(reflex, 2000, 0, 0.2, 0.3, 0.4, 0.9, 1.0);
        SensorMotorWeights unrewarded = reflex.weights();
        hold(reflex, 500, -1, 0.2, 0.3, 0.4, 0.9, 1.0);
        // then
        assertEquals(before, unrewarded);
        assertNotEquals(before, reflex.weights());
    }

    @Test
    void should_reject_a_frame_with_the_wrong_number_of_rays() {
        assertThrows(IllegalArgumentException.class,
                () -> reflex.step(SensorFrame.of(0, new double[3], RANGE, AHEAD)));
    }
}

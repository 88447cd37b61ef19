package org.astrocyte.simulator.plasticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.astrocyte.simulator.SimulatorSession;
import org.astrocyte.simulator.spec.RewardStdp;
import org.astrocyte.simulator.spec.Stdp;
import org.junit.jupiter.api.Test;

/**
 * Reward-modulated STDP: a pairing alone leaves the weight unchanged; a reward that follows it changes the weight
 * by what the eligibility trace and the reward level predict, in the direction of the reward's sign.
 */
class RewardStdpTest {

    private static final double DT = SpikePairNetwork.DT_MS;
    private static final Stdp WINDOW = new Stdp(20, 20, 0.2, 0.2, 0, 1, Stdp.Bounds.ADDITIVE);
    private static final RewardStdp RULE = new RewardStdp(WINDOW, 500, 100, 10, "dopamine");

    @Test
    void should_leave_the_weight_unchanged_without_reward() {
        // given a pre spike at 20 ms and a post spike at 30 ms
        try (SimulatorSession session = SimulatorSession.open(SpikePairNetwork.of(20, 30, RULE), 1)) {
            // when
            session.run(300);
            // then
            assertEquals(SpikePairNetwork.W0, session.weights(1).weight()[0], 0.0);
        }
    }

    @Test
    void should_turn_eligibility_into_weight_when_rewarded() {
        for (double amount : new double[] {1.5, -1.5}) {
            // given a causal pairing (post 10 ms after pre), then a reward 100 ms after the post spike
            try (SimulatorSession session = SimulatorSession.open(SpikePairNetwork.of(20, 30, RULE), 1)) {
                session.run(130);
                // when
                session.reward("dopamine", amount);
                session.run(3000);
                // then: e = A+ exp(-10/20) at 30 ms, decayed for 100 ms; each later step n adds
                // rate * dt * (amount q_r^n) * (e q_e^n), a geometric series in q = q_r q_e
                double eligibility = 0.2 * Math.exp(-10 / 20.0) * Math.exp(-100 / 500.0);
                double q = Math.exp(-DT / 100) * Math.exp(-DT / 500);
                double expected = SpikePairNetwork.W0 + 10 * DT / 1000 * amount * eligibility * q / (1 - q);
                double weight = session.weights(1).weight()[0];
                assertEquals(expected, weight, 1e-6, "reward " + amount);
                assertTrue(amount > 0 ? weight > SpikePairNetwork.W0 : weight < SpikePairNetwork.W0);
            }
        }
    }

    @Test
    void should_reject_a_reward_on_a_channel_nobody_listens_to() {
        try (SimulatorSession session = SimulatorSession.open(SpikePairNetwork.of(20, 30, RULE), 1)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> session.reward("serotonin", 1));
            assertEquals("no projection listens to reward channel 'serotonin'; channels: dopamine", e.getMessage());
        }
    }
}

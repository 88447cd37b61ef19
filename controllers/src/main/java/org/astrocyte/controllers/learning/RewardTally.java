package org.astrocyte.controllers.learning;

/**
 * What {@link LearningAvoidance} has been rewarded with since it was built, split into the world's reward (from
 * {@code SensorFrame.reward()}, a collision in the test world) and the circuit's own shaping reward (escapes).
 * Amounts are as delivered to the synapses, dimensionless.
 *
 * @param worldEvents   ticks in which the world's reward was not 0
 * @param worldTotal    the sum of the world's rewards, after the collision gain
 * @param shapingEvents shaping rewards delivered (escapes without a collision)
 * @param shapingTotal  the sum of the shaping rewards
 */
public record RewardTally(int worldEvents, double worldTotal, int shapingEvents, double shapingTotal) {

    /** Nothing received yet. */
    public static final RewardTally NONE = new RewardTally(0, 0, 0, 0);

    /** The total reward delivered, world and shaping. */
    public double total() {
        return worldTotal + shapingTotal;
    }

    RewardTally addWorld(double amount) {
        return new RewardTally(worldEvents + 1, worldTotal + amount, shapingEvents, shapingTotal);
    }

    RewardTally addShaping(double amount) {
        return new RewardTally(worldEvents, worldTotal, shapingEvents + 1, shapingTotal + amount);
    }
}

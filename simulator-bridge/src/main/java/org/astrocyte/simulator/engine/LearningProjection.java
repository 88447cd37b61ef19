package org.astrocyte.simulator.engine;

import java.util.List;

/** What both engines' plastic projections answer: which projection they are, their weights, and rewards. */
interface LearningProjection {

    /** The projection's index in the spec. */
    int index();

    /** A copy of the current weights with their ends. */
    ProjectionWeights weights();

    /** Adds {@code amount} to the reward level if this projection listens to {@code channel}; true if it does. */
    boolean reward(String channel, double amount);

    /** The weights of the projection with index {@code projection} among {@code projections}. */
    static ProjectionWeights weightsOf(List<? extends LearningProjection> projections, int projection) {
        for (LearningProjection p : projections) {
            if (p.index() == projection) {
                return p.weights();
            }
        }
        throw new IllegalArgumentException("projection " + projection + " is not plastic");
    }

    /** Delivers a reward to every projection listening to {@code channel}, of which there must be one. */
    static void rewardAll(List<? extends LearningProjection> projections, String channel, double amount) {
        boolean heard = false;
        for (LearningProjection p : projections) {
            heard |= p.reward(channel, amount);
        }
        if (!heard) {
            throw new IllegalArgumentException("no projection listens to reward channel '" + channel + "'");
        }
    }
}

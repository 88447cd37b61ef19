package org.astrocyte.scenarios.run;

import java.util.List;

/**
 * One agent's collisions over a run in equal bins: the learning curve of a reflex that learns to avoid (fewer
 * collisions in the second half than in the first), and a plain record of when collisions happened otherwise.
 *
 * @param binSeconds  the length of each bin, simulated seconds
 * @param counts      collisions per bin, from the start
 * @param firstHalf   collisions in the first half of the bins
 * @param secondHalf  collisions in the second half
 */
public record CollisionCurve(double binSeconds, List<Integer> counts, int firstHalf, int secondHalf) {

    public CollisionCurve {
        counts = List.copyOf(counts);
    }
}

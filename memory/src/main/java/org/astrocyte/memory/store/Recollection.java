package org.astrocyte.memory.store;

import java.util.Comparator;

/**
 * An episode returned by a recall, with the number of active bits its code shares with the cue.
 *
 * @param episode the episode recalled
 * @param overlap bits shared with the cue
 */
public record Recollection(Episode episode, int overlap) {

    /** The order of every recall: larger overlap first, then the later episode, then the smaller id. */
    public static final Comparator<Recollection> BEST_FIRST = Comparator
            .comparingInt(Recollection::overlap).reversed()
            .thenComparing(Comparator.comparingLong((Recollection r) -> r.episode().timeMicros()).reversed())
            .thenComparing(r -> r.episode().id());

    /** @throws IllegalArgumentException if the episode is missing or the overlap negative */
    public Recollection {
        if (episode == null) {
            throw new IllegalArgumentException("episode must not be null");
        }
        if (overlap < 0) {
            throw new IllegalArgumentException("overlap must not be negative, got " + overlap);
        }
    }
}

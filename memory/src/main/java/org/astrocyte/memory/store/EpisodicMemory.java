package org.astrocyte.memory.store;

import java.util.List;
import org.astrocyte.memory.sdr.Sdr;

/**
 * A content-addressable store of episodes: each stored in one shot, recalled from a partial or noisy cue by the
 * overlap of its code with the cue. Every implementation passes the same contract test suite.
 */
public interface EpisodicMemory {

    /**
     * Stores {@code episode}, replacing the one with the same id.
     *
     * @throws IllegalArgumentException if {@code episode} is null
     */
    void store(Episode episode);

    /**
     * The at most {@code k} episodes whose codes overlap {@code cue} most, leaving out those sharing fewer than
     * {@code minOverlap} bits; best first in the order of {@link Recollection#BEST_FIRST} (larger overlap, then the
     * later episode, then the smaller id).
     *
     * @throws IllegalArgumentException if {@code cue} is null or of another size than the stored codes, {@code k} is
     *                                  below 1 or {@code minOverlap} negative
     */
    List<Recollection> recall(Sdr cue, int k, int minOverlap);

    /** Number of episodes stored. */
    int count();
}

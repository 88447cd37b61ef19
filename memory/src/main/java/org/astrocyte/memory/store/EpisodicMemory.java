package org.astrocyte.memory.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.astrocyte.memory.sdr.Sdr;

/**
 * A content-addressable store of episodes: each stored in one shot, recalled from a partial or noisy cue by the
 * overlap of its code with the cue, with filters and an optional re-ranking by dense embeddings. Every
 * implementation passes the same contract test suite.
 */
public interface EpisodicMemory {

    /**
     * Stores {@code episode}, replacing the one with the same id. When this returns, the episode is recalled by
     * every later recall, from any agent sharing the store.
     *
     * @throws IllegalArgumentException if {@code episode} is null or its code has another size than the codes held
     */
    void store(Episode episode);

    /**
     * The at most {@code query.k()} episodes that {@code query} asks for, best first in the order of
     * {@link Recollection#BEST_FIRST}.
     *
     * @throws IllegalArgumentException if the cue has another size than the stored codes
     */
    List<Recollection> recall(RecallQuery query);

    /**
     * The at most {@code k} episodes whose codes overlap {@code cue} most, leaving out those sharing fewer than
     * {@code minOverlap} bits (and those sharing none); no filter.
     *
     * @throws IllegalArgumentException if {@code cue} is null or of another size than the stored codes, {@code k} is
     *                                  out of range or {@code minOverlap} negative
     */
    default List<Recollection> recall(Sdr cue, int k, int minOverlap) {
        return recall(RecallQuery.builder(cue).k(k).minOverlap(minOverlap).build());
    }

    /** The episode {@code id}, if stored. */
    Optional<Episode> find(String id);

    /** Removes the episode {@code id}; whether it was stored. */
    boolean forget(String id);

    /** Number of episodes stored. */
    int count();

    /** Calls {@code action} with every episode stored, in no particular order. */
    void forEach(Consumer<Episode> action);
}

package org.astrocyte.memory.store;

import java.util.List;
import org.astrocyte.memory.sdr.Sdr;

/** A content-addressable store of episodes: stored in one shot, recalled from a partial or noisy cue. */
public interface EpisodicMemory {

    /** Stores {@code episode}, replacing one with the same id. */
    void store(Episode episode);

    /**
     * The {@code k} episodes whose codes overlap {@code cue} most, at least {@code minOverlap} bits; ties go to the
     * later episode, then to the smaller id.
     */
    List<Recollection> recall(Sdr cue, int k, int minOverlap);

    /** Number of episodes stored. */
    int count();
}

package org.astrocyte.memory.store;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.astrocyte.memory.sdr.Sdr;

/**
 * What to recall: the episodes whose codes overlap a cue most, optionally only those of some agents, of a time
 * window or carrying all of some tags, optionally re-ranked by the cosine similarity of their dense embeddings to a
 * query embedding. Built with {@link #builder(Sdr)}.
 *
 * @param cue        the partial or noisy code to complete
 * @param k          most episodes returned, 1 to {@value #MAX_K}
 * @param minOverlap fewest bits an episode must share with the cue (at least 1 is used)
 * @param agents     only episodes of these agents; empty for every agent
 * @param fromMicros only episodes written at or after this simulated time, µs
 * @param toMicros   only episodes written at or before this simulated time, µs
 * @param tags       only episodes carrying every one of these tags; empty for no condition
 * @param rerankBy   when not null, the best {@code candidates} by overlap are re-ranked by cosine similarity of
 *                   their embeddings to this one (episodes without an embedding rank last)
 * @param candidates how many episodes the code proposes for re-ranking, from {@code k} to {@value #MAX_CANDIDATES}
 */
public record RecallQuery(Sdr cue, int k, int minOverlap, SortedSet<String> agents, long fromMicros, long toMicros,
        SortedSet<String> tags, DenseEmbedding rerankBy, int candidates) implements java.io.Serializable {

    /** Most episodes one recall returns. */
    public static final int MAX_K = 1000;
    /** Most candidates one recall re-ranks. */
    public static final int MAX_CANDIDATES = 10_000;

    /** @throws IllegalArgumentException naming the first argument out of range */
    public RecallQuery {
        if (cue == null) {
            throw new IllegalArgumentException("cue must not be null");
        }
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        if (minOverlap < 0) {
            throw new IllegalArgumentException("minOverlap must not be negative, got " + minOverlap);
        }
        if (fromMicros > toMicros) {
            throw new IllegalArgumentException("the time window is empty: from " + fromMicros + " µs is after to "
                    + toMicros + " µs");
        }
        if (candidates < k || candidates > MAX_CANDIDATES) {
            throw new IllegalArgumentException("candidates must be between k (" + k + ") and " + MAX_CANDIDATES
                    + ", got " + candidates);
        }
        agents = frozen(agents);
        tags = frozen(tags);
    }

    /** A query for the 10 best episodes sharing at least one bit with {@code cue}, with no filter. */
    public static Builder builder(Sdr cue) {
        return new Builder(cue);
    }

    /** Whether {@code episode} passes the agent, time and tag filters (not the overlap). */
    public boolean admits(Episode episode) {
        return episode.timeMicros() >= fromMicros && episode.timeMicros() <= toMicros
                && (agents.isEmpty() || agents.contains(episode.agentId()))
                && (tags.isEmpty() || episode.tags().containsAll(tags));
    }

    /** Whether any filter is set. */
    public boolean filtered() {
        return !agents.isEmpty() || !tags.isEmpty() || fromMicros > 0 || toMicros < Long.MAX_VALUE;
    }

    /** How many episodes the index proposes: {@code candidates} when re-ranking, else {@code k}. */
    public int proposals() {
        return rerankBy == null ? k : candidates;
    }

    private static SortedSet<String> frozen(SortedSet<String> names) {
        return names == null || names.isEmpty() ? Collections.emptySortedSet()
                : Collections.unmodifiableSortedSet(new TreeSet<>(names));
    }

    /** Collects the fields of a {@link RecallQuery}; setters named after them. */
    public static final class Builder {
        private final Sdr cue;
        private int k = 10;
        private int minOverlap = 1;
        private final TreeSet<String> agents = new TreeSet<>();
        private long fromMicros;
        private long toMicros = Long.MAX_VALUE;
        private final TreeSet<String> tags = new TreeSet<>();
        private DenseEmbedding rerankBy;
        private Integer candidates;

        private Builder(Sdr cue) {
            this.cue = cue;
        }

        public Builder k(int k) {
            this.k = k;
            return this;
        }

        public Builder minOverlap(int minOverlap) {
            this.minOverlap = minOverlap;
            return this;
        }

        /** Only episodes of these agents (adds to those given before). */
        public Builder agents(Collection<String> agentIds) {
            agents.addAll(agentIds);
            return this;
        }

        /** Only episodes of {@code agentId} (adds to the agents given before). */
        public Builder agent(String agentId) {
            agents.add(agentId);
            return this;
        }

        /** Only episodes written from {@code fromMicros} to {@code toMicros}, both included. */
        public Builder window(long fromMicros, long toMicros) {
            this.fromMicros = fromMicros;
            this.toMicros = toMicros;
            return this;
        }

        /** Only episodes carrying all these tags (adds to those given before). */
        public Builder tags(Collection<String> required) {
            tags.addAll(required);
            return this;
        }

        /** Re-rank the best {@code candidates} by overlap by cosine similarity to {@code embedding}. */
        public Builder rerankBy(DenseEmbedding embedding, int candidates) {
            this.rerankBy = embedding;
            this.candidates = candidates;
            return this;
        }

        public RecallQuery build() {
            int proposals = candidates == null ? k : candidates;
            return new RecallQuery(cue, k, minOverlap, agents, fromMicros, toMicros, tags, rerankBy, proposals);
        }
    }
}

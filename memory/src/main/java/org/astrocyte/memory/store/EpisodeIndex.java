package org.astrocyte.memory.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntPredicate;
import org.astrocyte.memory.index.InvertedSdrIndex;

/**
 * Episodes held in memory behind an {@link InvertedSdrIndex}, so that a recall counts overlaps only for the episodes
 * that share a bit with the cue; each remembers the partition it came from, so that a member can drop the
 * partitions it no longer owns. Answers recalls in the order of {@link Recollection#BEST_FIRST}, exactly as a full
 * scan would. Safe for concurrent use: recalls share a read lock, writes take the write lock.
 */
public final class EpisodeIndex {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> itemOf = new HashMap<>();
    private final ArrayList<Episode> episodes = new ArrayList<>();
    private final ArrayDeque<Integer> freeItems = new ArrayDeque<>();
    private int[] partitionOf = new int[16];
    /** Each item's time, beside its episode, because ties at the k-th overlap are many and compared often. */
    private long[] timeOf = new long[16];
    private InvertedSdrIndex codes;

    /**
     * Holds {@code episode}, from {@code partition}, replacing the one with the same id.
     *
     * @throws IllegalArgumentException if its code has another size than the codes held
     */
    public void put(Episode episode, int partition) {
        lock.writeLock().lock();
        try {
            if (codes == null) {
                codes = new InvertedSdrIndex(episode.code().size());
            } else if (episode.code().size() != codeSize()) {
                throw new IllegalArgumentException("episode " + episode.id() + " has a code of "
                        + episode.code().size() + " bits but this memory holds codes of " + codeSize() + " bits");
            }
            Integer item = itemOf.get(episode.id());
            if (item == null) {
                item = freeItems.isEmpty() ? codes.add(episode.code()) : reuse(freeItems.poll(), episode);
                itemOf.put(episode.id(), item);
                if (item == episodes.size()) {
                    episodes.add(episode);
                } else {
                    episodes.set(item, episode);
                }
            } else {
                codes.replace(item, episode.code());
                episodes.set(item, episode);
            }
            if (item >= partitionOf.length) {
                partitionOf = Arrays.copyOf(partitionOf, Math.max(item + 1, partitionOf.length * 2));
                timeOf = Arrays.copyOf(timeOf, partitionOf.length);
            }
            partitionOf[item] = partition;
            timeOf[item] = episode.timeMicros();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Drops the episode {@code id}; whether it was held. */
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            Integer item = itemOf.remove(id);
            if (item == null) {
                return false;
            }
            drop(item);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Drops every episode from a partition that {@code partitions} accepts; how many were dropped. */
    public int removePartitions(IntPredicate partitions) {
        lock.writeLock().lock();
        try {
            int dropped = 0;
            for (int item = 0; item < episodes.size(); item++) {
                Episode episode = episodes.get(item);
                if (episode != null && partitions.test(partitionOf[item])) {
                    itemOf.remove(episode.id());
                    drop(item);
                    dropped++;
                }
            }
            return dropped;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The episode {@code id}, or null. */
    public Episode get(String id) {
        lock.readLock().lock();
        try {
            Integer item = itemOf.get(id);
            return item == null ? null : episodes.get(item);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every episode held, in no particular order. */
    public List<Episode> snapshot() {
        lock.readLock().lock();
        try {
            return episodes.stream().filter(e -> e != null).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Number of episodes held. */
    public int count() {
        lock.readLock().lock();
        try {
            return itemOf.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best episodes for {@code query}, at most {@code query.k()}, best first, without a reason.
     *
     * @throws IllegalArgumentException if the cue has another size than the codes held
     */
    public List<Recollection> recall(RecallQuery query) {
        lock.readLock().lock();
        try {
            if (codes == null) {
                return List.of();
            }
            if (query.cue().size() != codeSize()) {
                throw new IllegalArgumentException("cue has " + query.cue().size() + " bits but the stored codes have "
                        + codeSize());
            }
            IntPredicate admitted = query.filtered() ? item -> query.admits(episodes.get(item)) : item -> true;
            List<InvertedSdrIndex.Match> matches = codes.query(query.cue(), query.proposals(), query.minOverlap(),
                    admitted, this::before);
            List<Recollection> result = new ArrayList<>(matches.size());
            int cueActive = query.cue().activeCount();
            for (InvertedSdrIndex.Match match : matches) {
                Episode episode = episodes.get(match.item());
                result.add(query.rerankBy() == null ? new Recollection(episode, match.overlap(), cueActive)
                        : new Recollection(episode, match.overlap(), similarity(query.rerankBy(), episode), Map.of()));
            }
            if (query.rerankBy() != null) {
                result.sort(Recollection.BEST_FIRST);
                return List.copyOf(result.subList(0, Math.min(query.k(), result.size())));
            }
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Cosine similarity, or -1 (the lowest) for an episode without a comparable embedding. */
    private static double similarity(DenseEmbedding query, Episode episode) {
        DenseEmbedding stored = episode.embedding();
        return stored == null || stored.dimension() != query.dimension() ? -1 : query.cosine(stored);
    }

    /** Of two items of equal overlap, the later episode first, then the smaller id. */
    private boolean before(int a, int b) {
        long x = timeOf[a];
        long y = timeOf[b];
        return x != y ? x > y : episodes.get(a).id().compareTo(episodes.get(b).id()) < 0;
    }

    private int reuse(int item, Episode episode) {
        codes.replace(item, episode.code());
        return item;
    }

    private void drop(int item) {
        codes.replace(item, null);
        episodes.set(item, null);
        freeItems.add(item);
    }

    private int codeSize() {
        return codes.size();
    }
}

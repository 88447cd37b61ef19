package org.astrocyte.memory.store;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the best {@code k} recollections offered during one recall, in O(n log k), applying the minimum overlap and
 * the order every {@link EpisodicMemory} shares.
 */
final class TopRecollections {

    private final int k;
    private final int minOverlap;
    private final PriorityQueue<Recollection> worstFirst;

    TopRecollections(int k, int minOverlap) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        if (minOverlap < 0) {
            throw new IllegalArgumentException("minOverlap must not be negative, got " + minOverlap);
        }
        this.k = k;
        this.minOverlap = minOverlap;
        this.worstFirst = new PriorityQueue<>(Math.min(k, 1024) + 1, Recollection.BEST_FIRST.reversed());
    }

    /** Considers {@code episode}, which shares {@code overlap} bits with the cue. */
    void offer(Episode episode, int overlap) {
        if (overlap < minOverlap) {
            return;
        }
        Recollection candidate = new Recollection(episode, overlap);
        if (worstFirst.size() < k) {
            worstFirst.add(candidate);
        } else if (Recollection.BEST_FIRST.compare(candidate, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(candidate);
        }
    }

    /** The recollections kept, best first. */
    List<Recollection> best() {
        List<Recollection> sorted = new ArrayList<>(worstFirst);
        sorted.sort(Recollection.BEST_FIRST);
        return List.copyOf(sorted);
    }
}

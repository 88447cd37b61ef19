package org.astrocyte.memory.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.astrocyte.memory.sdr.Sdr;

/**
 * An inverted index from active bit to the items whose codes have it, so that a recall touches only items that
 * share at least one bit with the cue instead of scanning every item. A query walks the cue's posting lists and
 * counts, per item, the bits it shares with the cue: the counts are the exact overlaps, so the top-k it returns are
 * exactly those of a full scan. Items are numbered densely from 0 as they are added; an item's code can be
 * replaced or removed.
 *
 * <p>Cost per query: the summed length of the cue's posting lists, about {@code items * w * w / n} for uniform codes
 * (780 000 increments for a million items at n = 2048, w = 40), plus a pass over the items touched. Queries may run
 * concurrently with each other (each has its own counters), but not with writes: callers serialise writes.
 */
public final class InvertedSdrIndex {

    private final int size;
    private final int[][] postings;
    private final int[] postingLength;
    private final List<Sdr> codes = new ArrayList<>();
    private final ThreadLocal<Counters> counters = ThreadLocal.withInitial(Counters::new);
    private int live;

    /** An empty index for codes of {@code size} bits. */
    public InvertedSdrIndex(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        this.size = size;
        this.postings = new int[size][];
        this.postingLength = new int[size];
    }

    /** Adds {@code code} as the next item and returns its number. */
    public int add(Sdr code) {
        requireSize(code);
        int item = codes.size();
        codes.add(code);
        for (int bit : code.active()) {
            append(bit, item);
        }
        live++;
        return item;
    }

    /** Replaces the code of {@code item} (a number {@link #add} returned), or removes it when {@code code} is null. */
    public void replace(int item, Sdr code) {
        Sdr old = codes.get(item);
        if (code != null) {
            requireSize(code);
        }
        if (old != null) {
            for (int bit : old.active()) {
                removeFrom(bit, item);
            }
            live--;
        }
        codes.set(item, code);
        if (code != null) {
            for (int bit : code.active()) {
                append(bit, item);
            }
            live++;
        }
    }

    /** The code of {@code item}, or null if it was removed. */
    public Sdr code(int item) {
        return codes.get(item);
    }

    /** Number of items held (removed ones excluded). */
    public int count() {
        return live;
    }

    /** Bits of the codes indexed. */
    public int size() {
        return size;
    }

    /** Number of item numbers handed out, removed ones included. */
    public int capacityUsed() {
        return codes.size();
    }

    /**
     * The at most {@code k} items that overlap {@code cue} most, among those {@code accept} lets through, with at
     * least {@code minOverlap} (at least 1) shared bits; best first, ties by the lower item number.
     */
    public List<Match> query(Sdr cue, int k, int minOverlap, IntPredicate accept) {
        return query(cue, k, minOverlap, accept, (a, b) -> a < b);
    }

    /**
     * As {@link #query(Sdr, int, int, IntPredicate)}, with items of equal overlap ordered by {@code ties} instead of
     * by item number, so that a caller's own order (e.g. the later episode first) decides who enters the top k.
     */
    public List<Match> query(Sdr cue, int k, int minOverlap, IntPredicate accept, TieBreak ties) {
        requireSize(cue);
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        int threshold = Math.max(1, minOverlap);
        Counters c = counters.get();
        c.ensure(codes.size());
        int[] overlap = c.overlap;
        int[] touched = c.touched;
        int touchedCount = 0;
        for (int bit : cue.active()) {
            int[] list = postings[bit];
            for (int i = 0, n = postingLength[bit]; i < n; i++) {
                int item = list[i];
                if (overlap[item]++ == 0) {
                    touched[touchedCount++] = item;
                }
            }
        }
        TopK top = new TopK(k, ties);
        for (int t = 0; t < touchedCount; t++) {
            int item = touched[t];
            int shared = overlap[item];
            overlap[item] = 0;
            if (shared >= threshold && shared >= top.floor() && accept.test(item)) {
                top.offer(item, shared);
            }
        }
        return top.sorted();
    }

    /** An item and the bits it shares with the cue. */
    public record Match(int item, int overlap) {
    }

    /** The order of two distinct items of equal overlap. */
    @FunctionalInterface
    public interface TieBreak {

        /** Whether item {@code a} ranks before item {@code b}; a strict total order over the items. */
        boolean before(int a, int b);
    }

    private void append(int bit, int item) {
        int[] list = postings[bit];
        if (list == null) {
            list = postings[bit] = new int[4];
        } else if (postingLength[bit] == list.length) {
            list = postings[bit] = Arrays.copyOf(list, list.length * 2);
        }
        list[postingLength[bit]++] = item;
    }

    private void removeFrom(int bit, int item) {
        int[] list = postings[bit];
        int n = postingLength[bit];
        for (int i = 0; i < n; i++) {
            if (list[i] == item) {
                System.arraycopy(list, i + 1, list, i, n - i - 1);
                postingLength[bit]--;
                return;
            }
        }
    }

    private void requireSize(Sdr code) {
        if (code == null) {
            throw new IllegalArgumentException("code must not be null");
        }
        if (code.size() != size) {
            throw new IllegalArgumentException("code has " + code.size() + " bits, the index " + size);
        }
    }

    /** Per-thread scratch: an overlap counter per item, all zero between queries, and the items touched. */
    private static final class Counters {
        int[] overlap = new int[0];
        int[] touched = new int[0];

        void ensure(int items) {
            if (overlap.length < items) {
                int capacity = Math.max(items, overlap.length * 2);
                overlap = Arrays.copyOf(overlap, capacity);
                touched = new int[capacity];
            }
        }
    }

    /** The k best (overlap, then lower item) in a small binary min-heap. */
    private static final class TopK {
        private final int k;
        private final TieBreak ties;
        private final int[] items;
        private final int[] overlaps;
        private int n;

        TopK(int k, TieBreak ties) {
            this.k = k;
            this.ties = ties;
            this.items = new int[k];
            this.overlaps = new int[k];
        }

        /** The overlap an item must reach to enter (ties are decided by the item number). */
        int floor() {
            return n < k ? 0 : overlaps[0];
        }

        void offer(int item, int overlap) {
            if (n < k) {
                items[n] = item;
                overlaps[n] = overlap;
                siftUp(n++);
            } else if (better(item, overlap, items[0], overlaps[0])) {
                items[0] = item;
                overlaps[0] = overlap;
                siftDown(0);
            }
        }

        List<Match> sorted() {
            List<Match> result = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                result.add(new Match(items[i], overlaps[i]));
            }
            result.sort((a, b) -> a.overlap() != b.overlap() ? Integer.compare(b.overlap(), a.overlap())
                    : ties.before(a.item(), b.item()) ? -1 : 1);
            return result;
        }

        private boolean better(int item, int overlap, int otherItem, int otherOverlap) {
            return overlap != otherOverlap ? overlap > otherOverlap : ties.before(item, otherItem);
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!better(items[parent], overlaps[parent], items[i], overlaps[i])) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int left = 2 * i + 1;
                int worst = i;
                if (left < n && better(items[worst], overlaps[worst], items[left], overlaps[left])) {
                    worst = left;
                }
                if (left + 1 < n && better(items[worst], overlaps[worst], items[left + 1], overlaps[left + 1])) {
                    worst = left + 1;
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            int item = items[a];
            items[a] = items[b];
            items[b] = item;
            int overlap = overlaps[a];
            overlaps[a] = overlaps[b];
            overlaps[b] = overlap;
        }
    }
}

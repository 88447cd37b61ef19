package org.astrocyte.memory.sdr;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A sparse distributed representation: {@code size} bits of which a few are active, stored as the sorted,
 * distinct indices of the active bits (Ahmad and Hawkins, "Properties of sparse distributed representations",
 * 2015). Immutable.
 */
public final class Sdr {

    private final int size;
    private final int[] active;

    private Sdr(int size, int[] sortedDistinct) {
        this.size = size;
        this.active = sortedDistinct;
    }

    /** A code of {@code size} bits with the given active bits (in any order, duplicates ignored). */
    public static Sdr of(int size, int... active) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        int[] sorted = Arrays.stream(active).sorted().distinct().toArray();
        if (sorted.length > 0 && (sorted[0] < 0 || sorted[sorted.length - 1] >= size)) {
            throw new IllegalArgumentException("active bits must lie in [0, " + size + "), got "
                    + (sorted[0] < 0 ? sorted[0] : sorted[sorted.length - 1]));
        }
        return new Sdr(size, sorted);
    }

    /** A code of {@code size} bits with none active. */
    public static Sdr empty(int size) {
        return of(size);
    }

    public int size() {
        return size;
    }

    /** Number of active bits. */
    public int activeCount() {
        return active.length;
    }

    /** The active bits, sorted (a copy). */
    public int[] active() {
        return active.clone();
    }

    public boolean isActive(int bit) {
        return Arrays.binarySearch(active, bit) >= 0;
    }

    /** Number of bits active in both codes. */
    public int overlap(Sdr other) {
        requireSameSize(other);
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < active.length && j < other.active.length) {
            if (active[i] == other.active[j]) {
                count++;
                i++;
                j++;
            } else if (active[i] < other.active[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }

    /** Bits active in either code. */
    public Sdr union(Sdr other) {
        requireSameSize(other);
        int[] merged = new int[active.length + other.active.length];
        System.arraycopy(active, 0, merged, 0, active.length);
        System.arraycopy(other.active, 0, merged, active.length, other.active.length);
        return of(size, merged);
    }

    /** Bits active in both codes. */
    public Sdr intersection(Sdr other) {
        requireSameSize(other);
        return new Sdr(size, Arrays.stream(active).filter(other::isActive).toArray());
    }

    /** This code's bits followed by {@code other}'s: a code of {@code size() + other.size()} bits. */
    public Sdr concat(Sdr other) {
        int[] joined = new int[active.length + other.active.length];
        System.arraycopy(active, 0, joined, 0, active.length);
        for (int k = 0; k < other.active.length; k++) {
            joined[active.length + k] = other.active[k] + size;
        }
        return new Sdr(size + other.size, joined);
    }

    /** A random subset of {@code count} active bits (all of them if there are fewer). */
    public Sdr subsample(int count, SplittableRandom random) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        int[] shuffled = active.clone();
        for (int k = shuffled.length - 1; k > 0; k--) {
            int pick = random.nextInt(k + 1);
            int swap = shuffled[k];
            shuffled[k] = shuffled[pick];
            shuffled[pick] = swap;
        }
        return of(size, Arrays.copyOf(shuffled, Math.min(count, shuffled.length)));
    }

    private void requireSameSize(Sdr other) {
        if (other.size != size) {
            throw new IllegalArgumentException("codes differ in size: " + size + " and " + other.size);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sdr other && other.size == size && Arrays.equals(other.active, active);
    }

    @Override
    public int hashCode() {
        return 31 * size + Arrays.hashCode(active);
    }

    @Override
    public String toString() {
        int shown = Math.min(8, active.length);
        StringBuilder bits = new StringBuilder();
        for (int k = 0; k < shown; k++) {
            bits.append(k == 0 ? "" : ",").append(active[k]);
        }
        return "Sdr[" + size + " bits, " + active.length + " active: " + bits + (shown < active.length ? ",...]" : "]");
    }
}

package org.astrocyte.memory.sdr;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An immutable sparse distributed representation: a code of {@code size} bits of which a few are active, kept as
 * the sorted, distinct indices of the active bits (Ahmad and Hawkins, "Properties of sparse distributed
 * representations and their application to hierarchical temporal memory", 2015). Similar things get codes that
 * share active bits; {@link #overlap(Sdr)} counts the shared bits.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Sdr implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final int BITS_SHOWN = 8;

    private final int size;
    private final int[] active;

    private Sdr(int size, int[] sortedDistinct) {
        this.size = size;
        this.active = sortedDistinct;
    }

    /**
     * A code of {@code size} bits with the given active bits, in any order; duplicates count once.
     *
     * @throws IllegalArgumentException if {@code size} is below 1 or a bit lies outside [0, size)
     */
    public static Sdr of(int size, int... active) {
        requirePositiveSize(size);
        if (active == null) {
            throw new IllegalArgumentException("active must not be null");
        }
        int[] sorted = active.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int bit : sorted) {
            if (bit < 0 || bit >= size) {
                throw new IllegalArgumentException("active bits must lie in [0, " + size + "), got " + bit);
            }
            if (distinct == 0 || sorted[distinct - 1] != bit) {
                sorted[distinct++] = bit;
            }
        }
        return new Sdr(size, Arrays.copyOf(sorted, distinct));
    }

    /** A code of {@code size} bits with none active. */
    public static Sdr empty(int size) {
        requirePositiveSize(size);
        return new Sdr(size, new int[0]);
    }

    /** The code from its JSON form, {@code {"size": 2048, "active": [3, 17, ...]}}. */
    @JsonCreator
    public static Sdr fromJson(@JsonProperty("size") int size, @JsonProperty("active") int[] active) {
        return of(size, active == null ? new int[0] : active);
    }

    /** Number of bits of the code. */
    @JsonProperty("size")
    public int size() {
        return size;
    }

    /** Number of active bits. */
    @JsonIgnore
    public int activeCount() {
        return active.length;
    }

    /** The active bits in ascending order (a copy). */
    @JsonProperty("active")
    public int[] active() {
        return active.clone();
    }

    /** Whether {@code bit} is active; bits outside the code are not. */
    public boolean isActive(int bit) {
        return Arrays.binarySearch(active, bit) >= 0;
    }

    /** Number of bits active in both codes, by one merge walk over the two sorted lists. */
    public int overlap(Sdr other) {
        requireSameSize(other);
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < active.length && j < other.active.length) {
            int a = active[i];
            int b = other.active[j];
            if (a == b) {
                count++;
            }
            if (a <= b) {
                i++;
            }
            if (b <= a) {
                j++;
            }
        }
        return count;
    }

    /** The bits active in either code. */
    public Sdr union(Sdr other) {
        requireSameSize(other);
        int[] merged = new int[active.length + other.active.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < active.length || j < other.active.length) {
            int a = i < active.length ? active[i] : Integer.MAX_VALUE;
            int b = j < other.active.length ? other.active[j] : Integer.MAX_VALUE;
            merged[n++] = Math.min(a, b);
            if (a <= b) {
                i++;
            }
            if (b <= a) {
                j++;
            }
        }
        return new Sdr(size, Arrays.copyOf(merged, n));
    }

    /** The bits active in both codes. */
    public Sdr intersection(Sdr other) {
        requireSameSize(other);
        int[] common = new int[Math.min(active.length, other.active.length)];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < active.length && j < other.active.length) {
            int a = active[i];
            int b = other.active[j];
            if (a == b) {
                common[n++] = a;
            }
            if (a <= b) {
                i++;
            }
            if (b <= a) {
                j++;
            }
        }
        return new Sdr(size, Arrays.copyOf(common, n));
    }

    /**
     * This code's bits followed by {@code other}'s: a code of {@code size() + other.size()} bits in which bit
     * {@code b} of {@code other} becomes bit {@code size() + b}.
     */
    public Sdr concat(Sdr other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        if ((long) size + other.size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the joined code would exceed " + Integer.MAX_VALUE + " bits");
        }
        int[] joined = Arrays.copyOf(active, active.length + other.active.length);
        for (int k = 0; k < other.active.length; k++) {
            joined[active.length + k] = size + other.active[k];
        }
        return new Sdr(size + other.size, joined);
    }

    /**
     * A code of the same size keeping {@code count} of this code's active bits, chosen at random (all of them
     * when there are fewer); used to make partial cues.
     */
    public Sdr subsample(int count, SplittableRandom rng) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        if (rng == null) {
            throw new IllegalArgumentException("rng must not be null");
        }
        int keep = Math.min(count, active.length);
        int[] pool = active.clone();
        // Partial Fisher-Yates: the first `keep` slots end up a uniform random subset.
        for (int k = 0; k < keep; k++) {
            int pick = k + rng.nextInt(pool.length - k);
            int swap = pool[k];
            pool[k] = pool[pick];
            pool[pick] = swap;
        }
        int[] kept = Arrays.copyOf(pool, keep);
        Arrays.sort(kept);
        return new Sdr(size, kept);
    }

    /**
     * A code of the same size and activity in which {@code round(fraction * activeCount())} of the active bits,
     * chosen at random, are moved to random bits that were inactive: the noisy cue of a recall test (Ahmad and
     * Hawkins's noise robustness). {@code fraction} 0 gives this code, 1 a code sharing no bit with it.
     *
     * @throws IllegalArgumentException if {@code fraction} is outside [0, 1] or too few inactive bits remain
     */
    public Sdr withNoise(double fraction, SplittableRandom rng) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must lie in [0, 1], got " + fraction);
        }
        if (rng == null) {
            throw new IllegalArgumentException("rng must not be null");
        }
        int moved = (int) Math.round(fraction * active.length);
        if (moved > size - active.length) {
            throw new IllegalArgumentException("cannot move " + moved + " bits: only " + (size - active.length)
                    + " bits are inactive");
        }
        Sdr kept = subsample(active.length - moved, rng);
        java.util.BitSet taken = new java.util.BitSet(size);
        for (int bit : active) {
            taken.set(bit);
        }
        int[] result = Arrays.copyOf(kept.active, active.length);
        for (int k = kept.active.length; k < result.length; k++) {
            int bit;
            do {
                bit = rng.nextInt(size);
            } while (taken.get(bit));
            taken.set(bit);
            result[k] = bit;
        }
        Arrays.sort(result);
        return new Sdr(size, result);
    }

    private void requireSameSize(Sdr other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        if (other.size != size) {
            throw new IllegalArgumentException("other has " + other.size + " bits, this code " + size);
        }
    }

    private static void requirePositiveSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, got " + size);
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

    /** Short form: size, active count and the first few active bits, e.g. {@code Sdr[4096 bits, 48 active: 3,17,...]}. */
    @Override
    public String toString() {
        int shown = Math.min(BITS_SHOWN, active.length);
        StringBuilder text = new StringBuilder("Sdr[").append(size).append(" bits, ").append(active.length)
                .append(" active");
        for (int k = 0; k < shown; k++) {
            text.append(k == 0 ? ": " : ",").append(active[k]);
        }
        return text.append(shown < active.length ? ",...]" : "]").toString();
    }
}

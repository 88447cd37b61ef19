package org.astrocyte.memory.encoder;

/**
 * Seeded 64-bit hashing built on the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", 2014), so that every encoder gives the same code for the same seed on every JVM.
 */
final class SeededHash {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SeededHash() {
    }

    /** A well-mixed hash of {@code value} under {@code seed}; different seeds give unrelated hash functions. */
    static long mix(long seed, long value) {
        return finalise(finalise(seed + GOLDEN_GAMMA) ^ value);
    }

    /** A hash of a pair of values, e.g. the column and row of a tile. */
    static long mix(long seed, long first, long second) {
        return mix(mix(seed, first), second);
    }

    /** A hash of the characters of {@code text}; unlike {@link String#hashCode()} it has 64 bits and a seed. */
    static long chars(long seed, CharSequence text) {
        long h = mix(seed, text.length());
        for (int i = 0; i < text.length(); i++) {
            h = finalise(h ^ text.charAt(i)) + GOLDEN_GAMMA;
        }
        return finalise(h);
    }

    /** A hash of {@code value} reduced to [0, bound). */
    static int index(long seed, long value, int bound) {
        return (int) Math.floorMod(mix(seed, value), (long) bound);
    }

    /** A uniform double in [0, 1) from a hash. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    private static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package org.astrocyte.memory.encoder;

/** A seeded 64-bit mixing hash (SplitMix64 finaliser), so that encoders are deterministic for a seed. */
final class SeededHash {

    private SeededHash() {
    }

    static long mix(long seed, long value) {
        long z = seed * 0x9E3779B97F4A7C15L + value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of {@code value} in [0, bound). */
    static int index(long seed, long value, int bound) {
        return (int) Math.floorMod(mix(seed, value), (long) bound);
    }
}

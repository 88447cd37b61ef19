package org.astrocyte.simulator.engine;

/**
 * The SplitMix64 generator (Steele, Lea and Flood 2014), the algorithm behind {@link java.util.SplittableRandom}:
 * from the same seed it gives exactly the doubles {@code new SplittableRandom(seed).nextDouble()} gives. It exists
 * because its state is one counter that can be saved, restored and jumped ahead, which a checkpoint needs and
 * {@code SplittableRandom} does not allow.
 */
final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** A double uniform in [0, 1). */
    double nextDouble() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return ((z ^ (z >>> 31)) >>> 11) * DOUBLE_UNIT;
    }

    /** The whole state, for a checkpoint. */
    long state() {
        return state;
    }

    /** Restores a state from {@link #state()}. */
    void restore(long saved) {
        state = saved;
    }
}

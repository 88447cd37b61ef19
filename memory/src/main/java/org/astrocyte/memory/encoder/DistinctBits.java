package org.astrocyte.memory.encoder;

/** Distinct bit indices drawn deterministically from a hash, for the hashing encoders. */
final class DistinctBits {

    private DistinctBits() {
    }

    /**
     * {@code count} distinct bits of [0, size) determined by {@code key}, by Floyd's sampling algorithm on a
     * hash-driven sequence (each draw is a fresh hash of the key and the draw's number).
     */
    static int[] draw(long key, int count, int size) {
        java.util.BitSet taken = new java.util.BitSet(size);
        int[] bits = new int[count];
        for (int k = 0, j = size - count; j < size; j++, k++) {
            int candidate = SeededHash.index(key, j, j + 1);
            int bit = taken.get(candidate) ? j : candidate;
            taken.set(bit);
            bits[k] = bit;
        }
        return bits;
    }
}

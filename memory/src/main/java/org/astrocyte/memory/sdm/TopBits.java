package org.astrocyte.memory.sdm;

import java.util.Arrays;

/**
 * The k-winners-take-all readout: the bits of largest positive sum, ties by the lower bit, found with a min-heap of
 * {@code k} packed keys in one pass over the sums.
 */
final class TopBits {

    private TopBits() {
    }

    /** The at most {@code k} bits of largest positive sum, ascending; bits with sum 0 never win. */
    static int[] winners(int[] sums, int k) {
        long[] heap = new long[k];
        int size = 0;
        for (int bit = 0; bit < sums.length; bit++) {
            int sum = sums[bit];
            if (sum <= 0) {
                continue;
            }
            // Larger sum first, then the lower bit: both orders fit one signed comparison of the packed key.
            long key = ((long) sum << 32) | (0xFFFFFFFFL - bit);
            if (size < k) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (key > heap[0]) {
                heap[0] = key;
                siftDown(heap, size);
            }
        }
        int[] bits = new int[size];
        for (int i = 0; i < size; i++) {
            bits[i] = (int) (0xFFFFFFFFL - (heap[i] & 0xFFFFFFFFL));
        }
        Arrays.sort(bits);
        return bits;
    }

    private static void siftUp(long[] heap, int i) {
        long key = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    private static void siftDown(long[] heap, int size) {
        long key = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= key) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }
}

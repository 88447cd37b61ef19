package org.astrocyte.memory.sdm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The fixed random addresses of the hard locations and an inverted index from bit to the locations whose address
 * has it, so that activating a cue costs the summed length of the cue's posting lists (about
 * {@code locations * addressBits * w / n}) instead of a scan of every location. Not thread-safe: it keeps one
 * overlap counter per location as scratch.
 */
final class AddressIndex {

    private final int[][] addresses;
    private final int[][] postings;
    private final int[] overlap;
    private final int[] touched;

    AddressIndex(int codeSize, int locations, int addressBits, long seed) {
        this.addresses = new int[locations][];
        SplittableRandom rng = new SplittableRandom(seed);
        int[] pool = new int[codeSize];
        for (int b = 0; b < codeSize; b++) {
            pool[b] = b;
        }
        int[] postingLength = new int[codeSize];
        for (int l = 0; l < locations; l++) {
            // Partial Fisher-Yates on a pool that stays a permutation, so each draw is uniform without a reset.
            for (int k = 0; k < addressBits; k++) {
                int pick = k + rng.nextInt(codeSize - k);
                int swap = pool[k];
                pool[k] = pool[pick];
                pool[pick] = swap;
            }
            int[] address = Arrays.copyOf(pool, addressBits);
            Arrays.sort(address);
            addresses[l] = address;
            for (int bit : address) {
                postingLength[bit]++;
            }
        }
        this.postings = new int[codeSize][];
        for (int b = 0; b < codeSize; b++) {
            postings[b] = new int[postingLength[b]];
            postingLength[b] = 0;
        }
        for (int l = 0; l < locations; l++) {
            for (int bit : addresses[l]) {
                postings[bit][postingLength[bit]++] = l;
            }
        }
        this.overlap = new int[locations];
        this.touched = new int[locations];
    }

    int locations() {
        return addresses.length;
    }

    /** The address of a location, sorted (a copy). */
    int[] address(int location) {
        return addresses[location].clone();
    }

    /** The address of a location, sorted; the caller must not modify it. */
    int[] addressView(int location) {
        return addresses[location];
    }

    /** The locations sharing at least {@code threshold} (at least 1) bits with the cue, ascending. */
    int[] withinRadius(int[] cue, int threshold) {
        int count = countOverlaps(cue);
        int[] result = new int[count];
        int n = 0;
        for (int t = 0; t < count; t++) {
            int l = touched[t];
            if (overlap[l] >= threshold) {
                result[n++] = l;
            }
            overlap[l] = 0;
        }
        result = Arrays.copyOf(result, n);
        Arrays.sort(result);
        return result;
    }

    /** The {@code k} locations of largest overlap with the cue, ties by the lower location, ascending. */
    int[] nearest(int[] cue, int k) {
        int count = countOverlaps(cue);
        int maxOverlap = cue.length;
        int[] histogram = new int[maxOverlap + 2];
        for (int t = 0; t < count; t++) {
            histogram[overlap[touched[t]]]++;
        }
        // The boundary level: all locations above it are taken, and the lowest-numbered of those at it.
        int above = 0;
        int level = maxOverlap;
        while (level > 0 && above + histogram[level] < k) {
            above += histogram[level];
            level--;
        }
        int[] result = new int[k];
        int n = 0;
        if (level == 0) {
            for (int t = 0; t < count; t++) {
                result[n++] = touched[t];
            }
            for (int l = 0; n < k; l++) {
                if (overlap[l] == 0) {
                    result[n++] = l;
                }
            }
        } else {
            int[] tied = new int[histogram[level]];
            int tiedCount = 0;
            for (int t = 0; t < count; t++) {
                int l = touched[t];
                if (overlap[l] > level) {
                    result[n++] = l;
                } else if (overlap[l] == level) {
                    tied[tiedCount++] = l;
                }
            }
            Arrays.sort(tied);
            System.arraycopy(tied, 0, result, n, k - n);
        }
        for (int t = 0; t < count; t++) {
            overlap[touched[t]] = 0;
        }
        Arrays.sort(result);
        return result;
    }

    /** The reference kernel: overlaps by a merge walk over every address, for tests against the index. */
    int[] overlapsByScan(int[] cue) {
        int[] result = new int[addresses.length];
        for (int l = 0; l < addresses.length; l++) {
            int[] address = addresses[l];
            int i = 0;
            int j = 0;
            while (i < address.length && j < cue.length) {
                if (address[i] == cue[j]) {
                    result[l]++;
                }
                int a = address[i];
                int b = cue[j];
                if (a <= b) {
                    i++;
                }
                if (b <= a) {
                    j++;
                }
            }
        }
        return result;
    }

    /** Fills {@code overlap} for the locations sharing a bit with the cue and lists them in {@code touched}. */
    private int countOverlaps(int[] cue) {
        int count = 0;
        for (int bit : cue) {
            for (int l : postings[bit]) {
                if (overlap[l]++ == 0) {
                    touched[count++] = l;
                }
            }
        }
        return count;
    }
}

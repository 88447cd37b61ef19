package org.astrocyte.scenarios.bench.memory;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Random codes whose bits are not equally popular, as in the codes of real encoders (a time-of-day field, a common
 * word, a busy place): the bit of rank r is drawn with a probability proportional to 1 / (r + {@value #OFFSET}), and
 * ranks are scattered over the bits by a seeded permutation. With 2048 bits the most used bit is in about 11 times
 * as many codes as the average bit and the least used in a quarter as many. Such skew lengthens the posting lists a
 * cue touches, which is what makes an inverted index slower than on uniform codes.
 */
public final class SkewedSdrSource {

    /** Shifts the ranks so that the most popular bit is not overwhelmingly so. */
    static final int OFFSET = 50;

    private final int size;
    private final int active;
    private final double[] cumulative;
    private final int[] bitOfRank;
    private final SplittableRandom rng;

    /** Codes of {@code size} bits with {@code active} of them set, drawn from a stream seeded with {@code seed}. */
    public SkewedSdrSource(int size, int active, long seed) {
        if (active < 1 || active > size / 2) {
            throw new IllegalArgumentException("active must be between 1 and size / 2, got " + active);
        }
        this.size = size;
        this.active = active;
        this.rng = new SplittableRandom(seed);
        this.cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1.0 / (rank + OFFSET);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= sum;
        }
        this.bitOfRank = new int[size];
        for (int i = 0; i < size; i++) {
            bitOfRank[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = bitOfRank[i];
            bitOfRank[i] = bitOfRank[j];
            bitOfRank[j] = swap;
        }
    }

    /** The next code. */
    public Sdr next() {
        int[] bits = new int[active];
        int count = 0;
        while (count < active) {
            int rank = Arrays.binarySearch(cumulative, rng.nextDouble());
            int bit = bitOfRank[rank < 0 ? Math.min(-rank - 1, size - 1) : rank];
            boolean seen = false;
            for (int i = 0; i < count && !seen; i++) {
                seen = bits[i] == bit;
            }
            if (!seen) {
                bits[count++] = bit;
            }
        }
        Arrays.sort(bits);
        return Sdr.of(size, bits);
    }

    /** The random stream the codes come from, for cues and noise that follow them. */
    public SplittableRandom random() {
        return rng;
    }
}

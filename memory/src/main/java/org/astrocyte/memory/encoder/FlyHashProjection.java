package org.astrocyte.memory.encoder;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.astrocyte.memory.sdr.Sdr;

/**
 * Projects a dense vector to a sparse code the way the fly's olfactory circuit hashes odours (Dasgupta, Stevens and
 * Navlakha, "A neural algorithm for a fundamental computing problem", Science 358, 2017): each of {@code bits}
 * output units (the Kenyon cells) sums a fixed random subset of {@code samplesPerUnit} of the {@code dimension}
 * inputs (a sparse binary random projection), then k-winners-take-all keeps the {@code active} units with the
 * largest sums (the inhibition of the APL neuron); ties go to the lower unit.
 *
 * <p>Property: vectors at a small angle share most of their winners, vectors at a large angle few, so the overlap of
 * two codes rises with the cosine similarity of the vectors (a locality-sensitive hash). The code depends only on
 * the direction of the vector, not on its length.
 *
 * <p>Sampling: in the fly each Kenyon cell samples about 6 of 50 glomeruli (12%). On 24 788 fortune sentences
 * embedded by all-MiniLM-L6-v2 (16 384 bits, 328 active, 500 queries, the 100 best codes re-ranked by cosine; see
 * {@code TextRecallMeasurement} in the scenarios module) recall@10 of the codes alone and re-ranked was 0.57 and
 * 0.946 sampling 3% of the inputs, 0.60 and 0.964 at 5%, 0.62 and 0.970 at 10%, 0.64 and 0.981 at 20%, 0.63 and
 * 0.975 at 30%; the cost grows with the samples, so {@link #DEFAULT_SAMPLING} is 10%.
 *
 * <p>Centring: subtracting the mean embedding before projecting, a common step before random-projection hashing,
 * was measured and did not help: MiniLM's embeddings are nearly centred already (their mean has length 0.29 and two
 * random sentences have cosine 0.085 on average), and at 16 384/328 recall fell from 0.62 / 0.970 to 0.60 / 0.962.
 * So the projection does not centre; a caller with strongly offset inputs can subtract a mean itself.
 *
 * <p>The matrix is held as {@code bits * samplesPerUnit} 16-bit input indices (1.2 MB for 16 384 units sampling 38
 * inputs); projecting one 384-d vector to 16 384 bits then takes about 0.4 ms on one core (0.1 ms to 4096 bits).
 * Instances are immutable and thread-safe.
 */
public final class FlyHashProjection {

    /** Fraction of the inputs each unit samples when none is given (measured; see the class comment). */
    public static final double DEFAULT_SAMPLING = 0.1;

    /** Longest input vector: input indices are held as 16-bit chars, which halves the matrix. */
    public static final int MAX_DIMENSION = 1 << 16;

    private final int dimension;
    private final int bits;
    private final int active;
    private final int samplesPerUnit;
    private final long seed;
    /** Unit u sums the inputs {@code inputs[u * samplesPerUnit]} to {@code inputs[(u + 1) * samplesPerUnit - 1]}. */
    private final char[] inputs;

    /**
     * A projection whose units each sum {@code samplesPerUnit} inputs.
     *
     * @param dimension      length of the input vectors, at least 1
     * @param bits           output units, the bits of the code; at least 1
     * @param active         winners kept, from 1 to {@code bits}
     * @param samplesPerUnit distinct inputs each unit sums, from 1 to {@code dimension}
     * @param seed           seeds the choice of inputs; the same seed gives the same matrix
     * @throws IllegalArgumentException if a number is out of range
     */
    public FlyHashProjection(int dimension, int bits, int active, int samplesPerUnit, long seed) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("dimension must be from 1 to " + MAX_DIMENSION + ", got " + dimension);
        }
        if (bits < 1) {
            throw new IllegalArgumentException("bits must be positive, got " + bits);
        }
        if (active < 1 || active > bits) {
            throw new IllegalArgumentException("active must be from 1 to bits " + bits + ", got " + active);
        }
        if (samplesPerUnit < 1 || samplesPerUnit > dimension) {
            throw new IllegalArgumentException("samplesPerUnit must be from 1 to dimension " + dimension + ", got "
                    + samplesPerUnit);
        }
        if ((long) bits * samplesPerUnit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bits * samplesPerUnit is too large: " + bits + " * " + samplesPerUnit);
        }
        this.dimension = dimension;
        this.bits = bits;
        this.active = active;
        this.samplesPerUnit = samplesPerUnit;
        this.seed = seed;
        this.inputs = drawInputs(dimension, bits, samplesPerUnit, seed);
    }

    /**
     * A projection in which every unit samples {@link #DEFAULT_SAMPLING} of the inputs (at least one).
     */
    public static FlyHashProjection of(int dimension, int bits, int active, long seed) {
        int samples = Math.min(dimension, Math.max(1, (int) Math.round(DEFAULT_SAMPLING * dimension)));
        return new FlyHashProjection(dimension, bits, active, samples, seed);
    }

    /**
     * The code of {@code vector}: the {@link #active()} units with the largest sums, ties to the lower unit.
     *
     * @throws IllegalArgumentException if the vector is null, of the wrong length or has a non-finite component
     */
    public Sdr project(float[] vector) {
        return Sdr.of(bits, winners(unitSums(vector), active));
    }

    /** Every unit's sum for {@code vector}, before winners are chosen. */
    public float[] unitSums(float[] vector) {
        requireVector(vector, "vector");
        float[] sums = new float[bits];
        char[] in = inputs;
        int s = samplesPerUnit;
        for (int u = 0, base = 0; u < bits; u++, base += s) {
            float a = 0;
            float b = 0;
            float c = 0;
            float d = 0;
            int k = base;
            int end = base + s;
            // Four accumulators break the add dependency chain; the order of addition is fixed, so results are too.
            for (; k + 3 < end; k += 4) {
                a += vector[in[k]];
                b += vector[in[k + 1]];
                c += vector[in[k + 2]];
                d += vector[in[k + 3]];
            }
            for (; k < end; k++) {
                a += vector[in[k]];
            }
            sums[u] = (a + b) + (c + d);
        }
        return sums;
    }

    /** The inputs unit {@code unit} sums, ascending (a copy). */
    public int[] inputsOf(int unit) {
        if (unit < 0 || unit >= bits) {
            throw new IllegalArgumentException("unit must lie in [0, " + bits + "), got " + unit);
        }
        int[] result = new int[samplesPerUnit];
        for (int k = 0; k < samplesPerUnit; k++) {
            result[k] = inputs[unit * samplesPerUnit + k];
        }
        return result;
    }

    /** Length of the input vectors. */
    public int dimension() {
        return dimension;
    }

    /** Bits of every code. */
    public int bits() {
        return bits;
    }

    /** Active bits of every code. */
    public int active() {
        return active;
    }

    /** Inputs each unit sums. */
    public int samplesPerUnit() {
        return samplesPerUnit;
    }

    /** The seed of the matrix. */
    public long seed() {
        return seed;
    }

    private void requireVector(float[] vector, String name) {
        if (vector == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (vector.length != dimension) {
            throw new IllegalArgumentException(name + " has " + vector.length + " components, expected " + dimension);
        }
        for (float x : vector) {
            if (!Float.isFinite(x)) {
                throw new IllegalArgumentException(name + " has a non-finite component: " + x);
            }
        }
    }

    /** Each unit's distinct inputs: a partial Fisher-Yates shuffle of 0..d-1 per unit, sorted for locality. */
    private static char[] drawInputs(int dimension, int bits, int samplesPerUnit, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] pool = new int[dimension];
        char[] inputs = new char[bits * samplesPerUnit];
        for (int u = 0; u < bits; u++) {
            for (int i = 0; i < dimension; i++) {
                pool[i] = i;
            }
            for (int k = 0; k < samplesPerUnit; k++) {
                int pick = k + rng.nextInt(dimension - k);
                int swap = pool[k];
                pool[k] = pool[pick];
                pool[pick] = swap;
            }
            Arrays.sort(pool, 0, samplesPerUnit);
            for (int k = 0; k < samplesPerUnit; k++) {
                inputs[u * samplesPerUnit + k] = (char) pool[k];
            }
        }
        return inputs;
    }

    /**
     * The {@code count} units with the largest sums, ties to the lower unit, ascending: a min-heap of the best so
     * far, which most units fail to enter after one comparison with its root, so the cost is about one pass.
     */
    static int[] winners(float[] sums, int count) {
        int[] heap = new int[count];
        int n = 0;
        for (int u = 0; u < sums.length; u++) {
            if (n < count) {
                heap[n] = u;
                siftUp(heap, n++, sums);
            } else if (sums[u] > sums[heap[0]]) {
                // Units come in ascending order, so a later unit with an equal sum never beats the root.
                heap[0] = u;
                siftDown(heap, count, sums);
            }
        }
        Arrays.sort(heap);
        return heap;
    }

    /** Whether unit {@code a} loses to unit {@code b}: a smaller sum, or an equal sum and a higher unit. */
    private static boolean worse(int a, int b, float[] sums) {
        return sums[a] != sums[b] ? sums[a] < sums[b] : a > b;
    }

    private static void siftUp(int[] heap, int i, float[] sums) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(heap[i], heap[parent], sums)) {
                return;
            }
            int swap = heap[i];
            heap[i] = heap[parent];
            heap[parent] = swap;
            i = parent;
        }
    }

    private static void siftDown(int[] heap, int n, float[] sums) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            int worst = i;
            if (left < n && worse(heap[left], heap[worst], sums)) {
                worst = left;
            }
            if (left + 1 < n && worse(heap[left + 1], heap[worst], sums)) {
                worst = left + 1;
            }
            if (worst == i) {
                return;
            }
            int swap = heap[i];
            heap[i] = heap[worst];
            heap[worst] = swap;
            i = worst;
        }
    }
}

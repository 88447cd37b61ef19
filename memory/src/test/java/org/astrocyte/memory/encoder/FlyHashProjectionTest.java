package org.astrocyte.memory.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.astrocyte.memory.sdr.Sdr;
import org.junit.jupiter.api.Test;

class FlyHashProjectionTest {

    private static final int D = 384;

    @Test
    void should_give_the_same_code_for_the_same_seed_and_another_for_another_seed() {
        // given
        float[] x = gaussian(new SplittableRandom(1), D);
        // when
        Sdr first = FlyHashProjection.of(D, 4096, 80, 7).project(x);
        Sdr again = FlyHashProjection.of(D, 4096, 80, 7).project(x);
        Sdr otherSeed = FlyHashProjection.of(D, 4096, 80, 8).project(x);
        // then
        assertEquals(first, again);
        assertNotEquals(first, otherSeed);
    }

    @Test
    void should_let_each_unit_sum_distinct_inputs() {
        FlyHashProjection projection = new FlyHashProjection(D, 1000, 20, 40, 3);
        for (int unit = 0; unit < projection.bits(); unit++) {
            int[] inputs = projection.inputsOf(unit);
            assertEquals(40, inputs.length);
            for (int k = 1; k < inputs.length; k++) {
                assertTrue(inputs[k - 1] < inputs[k], "unit " + unit + " samples an input twice");
            }
            assertTrue(inputs[0] >= 0 && inputs[inputs.length - 1] < D);
        }
    }

    @Test
    void should_set_exactly_active_bits_even_when_sums_tie() {
        // given
        FlyHashProjection projection = FlyHashProjection.of(D, 2048, 40, 1);
        SplittableRandom rng = new SplittableRandom(2);
        // when / then
        for (int trial = 0; trial < 200; trial++) {
            assertEquals(40, projection.project(gaussian(rng, D)).activeCount());
        }
        float[] coarse = new float[D];
        for (int i = 0; i < D; i++) {
            coarse[i] = rng.nextInt(3);
        }
        assertEquals(40, projection.project(coarse).activeCount());
        // all sums tie at 0: the lowest units win
        assertEquals(Sdr.of(2048, range(40)), projection.project(new float[D]));
    }

    @Test
    void should_keep_the_units_with_the_largest_sums() {
        // given
        FlyHashProjection projection = new FlyHashProjection(D, 512, 30, 38, 5);
        float[] x = gaussian(new SplittableRandom(4), D);
        // when
        Sdr code = projection.project(x);
        float[] sums = projection.unitSums(x);
        // then
        float weakestWinner = Float.POSITIVE_INFINITY;
        float strongestLoser = Float.NEGATIVE_INFINITY;
        for (int u = 0; u < sums.length; u++) {
            if (code.isActive(u)) {
                weakestWinner = Math.min(weakestWinner, sums[u]);
            } else {
                strongestLoser = Math.max(strongestLoser, sums[u]);
            }
        }
        assertTrue(weakestWinner >= strongestLoser);
    }

    @Test
    void should_overlap_more_the_smaller_the_angle() {
        // given: pairs of random unit vectors at controlled angles
        FlyHashProjection projection = FlyHashProjection.of(D, 16384, 328, 11);
        SplittableRandom rng = new SplittableRandom(12);
        int[] degrees = {0, 10, 20, 30, 45, 60, 75, 90};
        double[] meanOverlap = new double[degrees.length];
        int pairs = 20;
        // when
        for (int p = 0; p < pairs; p++) {
            float[] x = gaussian(rng, D);
            float[] z = orthogonalTo(x, gaussian(rng, D));
            Sdr cx = projection.project(x);
            for (int a = 0; a < degrees.length; a++) {
                double theta = Math.toRadians(degrees[a]);
                float[] y = new float[D];
                for (int i = 0; i < D; i++) {
                    y[i] = (float) (Math.cos(theta) * x[i] + Math.sin(theta) * z[i]);
                }
                meanOverlap[a] += cx.overlap(projection.project(y)) / (double) pairs;
            }
        }
        // then
        assertEquals(328, meanOverlap[0], 1e-9);
        for (int a = 1; a < degrees.length; a++) {
            assertTrue(meanOverlap[a] < meanOverlap[a - 1], "overlap at " + degrees[a] + " degrees "
                    + meanOverlap[a] + " is not below that at " + degrees[a - 1] + ": " + Arrays.toString(meanOverlap));
        }
        // orthogonal vectors overlap about by chance (328 * 328 / 16384 = 6.6 bits)
        assertTrue(meanOverlap[degrees.length - 1] < 20, Arrays.toString(meanOverlap));
    }

    @Test
    void should_ignore_the_length_of_the_vector() {
        FlyHashProjection projection = FlyHashProjection.of(D, 4096, 80, 1);
        float[] x = gaussian(new SplittableRandom(6), D);
        float[] doubled = new float[D];
        for (int i = 0; i < D; i++) {
            doubled[i] = 2 * x[i];
        }
        assertEquals(projection.project(x), projection.project(doubled));
    }

    @Test
    void should_pick_the_same_winners_as_a_full_sort() {
        // given: sums with and without ties
        SplittableRandom rng = new SplittableRandom(9);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + rng.nextInt(300);
            float[] sums = new float[n];
            for (int i = 0; i < n; i++) {
                sums[i] = trial % 2 == 0 ? rng.nextInt(5) : (float) rng.nextGaussian();
            }
            int count = 1 + rng.nextInt(n);
            // when
            int[] winners = FlyHashProjection.winners(sums, count);
            // then
            assertArrayEquals(winnersBySorting(sums, count), winners, "trial " + trial);
        }
    }

    @Test
    void should_reject_arguments_out_of_range() {
        assertThrows(IllegalArgumentException.class, () -> new FlyHashProjection(0, 100, 10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FlyHashProjection(70_000, 100, 10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FlyHashProjection(D, 0, 1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new FlyHashProjection(D, 100, 101, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new FlyHashProjection(D, 100, 0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new FlyHashProjection(D, 100, 10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new FlyHashProjection(D, 100, 10, D + 1, 1));
        FlyHashProjection projection = FlyHashProjection.of(D, 100, 10, 1);
        assertThrows(IllegalArgumentException.class, () -> projection.project(null));
        assertThrows(IllegalArgumentException.class, () -> projection.project(new float[D - 1]));
        float[] nan = new float[D];
        nan[3] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> projection.project(nan));
    }

    private static float[] gaussian(SplittableRandom rng, int d) {
        float[] v = new float[d];
        for (int i = 0; i < d; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        return unit(v);
    }

    /** {@code z} minus its component along {@code x}, scaled to length 1. */
    private static float[] orthogonalTo(float[] x, float[] z) {
        double dot = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * z[i];
        }
        float[] r = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            r[i] = (float) (z[i] - dot * x[i]);
        }
        return unit(r);
    }

    private static float[] unit(float[] v) {
        double squares = 0;
        for (float x : v) {
            squares += x * x;
        }
        float inverse = (float) (1 / Math.sqrt(squares));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inverse;
        }
        return v;
    }

    /** The reference: units sorted by sum descending, then unit ascending; the first {@code count}, ascending. */
    private static int[] winnersBySorting(float[] sums, int count) {
        Integer[] units = new Integer[sums.length];
        for (int u = 0; u < units.length; u++) {
            units[u] = u;
        }
        Arrays.sort(units, (a, b) -> sums[a] != sums[b] ? Float.compare(sums[b], sums[a]) : Integer.compare(a, b));
        int[] result = new int[count];
        for (int i = 0; i < count; i++) {
            result[i] = units[i];
        }
        Arrays.sort(result);
        return result;
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}

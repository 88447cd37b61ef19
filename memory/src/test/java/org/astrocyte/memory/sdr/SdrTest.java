package org.astrocyte.memory.sdr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SdrTest {

    private final Sdr a = Sdr.of(16, 1, 3, 5, 7);
    private final Sdr b = Sdr.of(16, 3, 4, 5, 6);

    @Test
    void should_sort_and_deduplicate_active_bits() {
        assertArrayEquals(new int[] {2, 5, 9}, Sdr.of(10, 9, 2, 5, 2).active());
    }

    @Test
    void should_reject_bits_outside_the_code() {
        assertThrows(IllegalArgumentException.class, () -> Sdr.of(10, 10));
        assertThrows(IllegalArgumentException.class, () -> Sdr.of(10, -1));
    }

    @Test
    void should_compute_overlap_union_and_intersection() {
        assertEquals(2, a.overlap(b));
        assertEquals(Sdr.of(16, 1, 3, 4, 5, 6, 7), a.union(b));
        assertEquals(Sdr.of(16, 3, 5), a.intersection(b));
    }

    @Test
    void should_concatenate_with_shifted_bits() {
        Sdr joined = Sdr.of(4, 1).concat(Sdr.of(6, 0, 5));
        assertEquals(Sdr.of(10, 1, 4, 9), joined);
    }

    @Test
    void should_subsample_a_subset_of_the_requested_size() {
        Sdr sub = a.subsample(2, new SplittableRandom(3));
        assertEquals(2, sub.activeCount());
        assertEquals(2, sub.overlap(a));
    }

    @Test
    void should_refuse_to_compare_codes_of_different_sizes() {
        assertThrows(IllegalArgumentException.class, () -> a.overlap(Sdr.of(8, 1)));
    }

    @Test
    void should_match_random_codes_by_chance_about_w_squared_over_n() {
        // given: random codes with n = 2048, w = 40 (Ahmad and Hawkins 2015: expected overlap w*w/n = 0.78)
        SplittableRandom random = new SplittableRandom(5);
        int pairs = 20_000;
        double sum = 0;
        double sumSquares = 0;
        // when
        for (int p = 0; p < pairs; p++) {
            int overlap = randomCode(random).overlap(randomCode(random));
            sum += overlap;
            sumSquares += (double) overlap * overlap;
        }
        // then
        double mean = sum / pairs;
        double standardError = Math.sqrt((sumSquares / pairs - mean * mean) / pairs);
        double expected = 40.0 * 40 / 2048;
        assertTrue(Math.abs(mean - expected) < 4 * standardError, "mean overlap " + mean + " vs " + expected);
    }

    private static Sdr randomCode(SplittableRandom random) {
        int[] bits = random.ints(0, 2048).distinct().limit(40).toArray();
        return Sdr.of(2048, bits);
    }
}

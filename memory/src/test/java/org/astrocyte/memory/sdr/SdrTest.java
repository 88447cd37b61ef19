package org.astrocyte.memory.sdr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SdrTest {

    private final Sdr odd = Sdr.of(16, 1, 3, 5, 7);
    private final Sdr middle = Sdr.of(16, 3, 4, 5, 6);

    @Test
    void should_sort_and_deduplicate_active_bits() {
        // when
        Sdr code = Sdr.of(10, 9, 2, 5, 2, 9);
        // then
        assertArrayEquals(new int[] {2, 5, 9}, code.active());
        assertEquals(3, code.activeCount());
        assertEquals(10, code.size());
    }

    @Test
    void should_reject_bits_outside_the_code_naming_the_bit() {
        IllegalArgumentException tooHigh = assertThrows(IllegalArgumentException.class, () -> Sdr.of(10, 3, 10));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> Sdr.of(10, -1));
        assertTrue(tooHigh.getMessage().contains("10"), tooHigh.getMessage());
        assertTrue(negative.getMessage().contains("-1"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sdr.of(0));
        assertThrows(IllegalArgumentException.class, () -> Sdr.of(10, (int[]) null));
    }

    @Test
    void should_tell_which_bits_are_active() {
        assertTrue(odd.isActive(5));
        assertFalse(odd.isActive(4));
        assertFalse(odd.isActive(99));
    }

    @Test
    void should_hand_out_a_copy_of_the_active_bits() {
        // given
        int[] bits = odd.active();
        // when
        bits[0] = 15;
        // then
        assertArrayEquals(new int[] {1, 3, 5, 7}, odd.active());
    }

    @Test
    void should_count_bits_active_in_both_codes_as_overlap() {
        assertEquals(2, odd.overlap(middle));
        assertEquals(2, middle.overlap(odd));
        assertEquals(4, odd.overlap(odd));
        assertEquals(0, odd.overlap(Sdr.empty(16)));
        assertEquals(0, odd.overlap(Sdr.of(16, 0, 2, 15)));
    }

    @Test
    void should_compute_union_and_intersection() {
        assertEquals(Sdr.of(16, 1, 3, 4, 5, 6, 7), odd.union(middle));
        assertEquals(Sdr.of(16, 3, 5), odd.intersection(middle));
        assertEquals(odd, odd.union(Sdr.empty(16)));
        assertEquals(Sdr.empty(16), odd.intersection(Sdr.of(16, 0, 15)));
    }

    @Test
    void should_concatenate_with_the_second_code_shifted_past_the_first() {
        // when
        Sdr joined = Sdr.of(4, 1, 3).concat(Sdr.of(6, 0, 5));
        // then
        assertEquals(Sdr.of(10, 1, 3, 4, 9), joined);
        assertEquals(Sdr.of(10, 4, 9), Sdr.empty(4).concat(Sdr.of(6, 0, 5)));
        assertEquals(Sdr.of(10, 1, 3), Sdr.of(4, 1, 3).concat(Sdr.empty(6)));
    }

    @Test
    void should_refuse_to_compare_codes_of_different_sizes() {
        Sdr other = Sdr.of(8, 1);
        assertThrows(IllegalArgumentException.class, () -> odd.overlap(other));
        assertThrows(IllegalArgumentException.class, () -> odd.union(other));
        assertThrows(IllegalArgumentException.class, () -> odd.intersection(other));
        assertThrows(IllegalArgumentException.class, () -> odd.overlap(null));
    }

    @Test
    void should_subsample_a_subset_of_the_requested_count() {
        // given
        Sdr code = Sdr.of(2048, new SplittableRandom(11).ints(0, 2048).distinct().limit(40).toArray());
        // when
        Sdr half = code.subsample(20, new SplittableRandom(3));
        // then
        assertEquals(20, half.activeCount());
        assertEquals(half, half.intersection(code), "every kept bit is a bit of the code");
        assertEquals(code.size(), half.size());
    }

    @Test
    void should_subsample_the_same_bits_for_the_same_seed_and_all_bits_when_asked_for_more() {
        Sdr code = Sdr.of(64, 1, 5, 9, 13, 17, 21, 25, 29);
        assertEquals(code.subsample(4, new SplittableRandom(7)), code.subsample(4, new SplittableRandom(7)));
        assertEquals(code, code.subsample(100, new SplittableRandom(7)));
        assertEquals(Sdr.empty(64), code.subsample(0, new SplittableRandom(7)));
        assertThrows(IllegalArgumentException.class, () -> code.subsample(-1, new SplittableRandom(7)));
    }

    @Test
    void should_subsample_every_bit_with_equal_chance() {
        // given
        Sdr code = Sdr.of(16, 0, 1, 2, 3);
        SplittableRandom rng = new SplittableRandom(17);
        int[] kept = new int[4];
        int draws = 4_000;
        // when
        for (int d = 0; d < draws; d++) {
            for (int bit : code.subsample(1, rng).active()) {
                kept[bit]++;
            }
        }
        // then: each bit is kept a quarter of the time, binomial standard deviation about 27
        for (int bit = 0; bit < 4; bit++) {
            assertEquals(draws / 4.0, kept[bit], 150, "bit " + bit);
        }
    }

    @Test
    void should_be_equal_by_size_and_bits() {
        assertEquals(Sdr.of(16, 7, 5, 3, 1), odd);
        assertEquals(Sdr.of(16, 7, 5, 3, 1).hashCode(), odd.hashCode());
        assertNotEquals(Sdr.of(17, 1, 3, 5, 7), odd);
        assertNotEquals(Sdr.of(16, 1, 3, 5), odd);
    }

    @Test
    void should_print_size_count_and_first_bits_only() {
        assertEquals("Sdr[16 bits, 4 active: 1,3,5,7]", odd.toString());
        assertEquals("Sdr[16 bits, 0 active]", Sdr.empty(16).toString());
        assertEquals("Sdr[100 bits, 10 active: 0,1,2,3,4,5,6,7,...]",
                Sdr.of(100, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9).toString());
    }
}

package org.astrocyte.controllers.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PopulationVectorDecoderTest {

    private static final double MAX_TURN = 2.0;

    private final PopulationVectorDecoder decoder = new PopulationVectorDecoder(9, MAX_TURN, 20, 1);

    @Test
    void should_spread_the_preferred_turns_evenly_over_the_range() {
        assertEquals(-MAX_TURN, decoder.preferredTurn(0), 1e-12);
        assertEquals(0, decoder.preferredTurn(4), 1e-12);
        assertEquals(MAX_TURN, decoder.preferredTurn(8), 1e-12);
    }

    @Test
    void should_decode_zero_from_a_silent_population() {
        assertEquals(0, decoder.decode(new int[9]));
    }

    @Test
    void should_recover_the_preferred_turn_of_the_most_active_neurons() {
        // given: a bump of activity centred on neuron 6 (preferred turn 1.0), neighbours half as active
        double decoded = 0;
        // when
        for (int t = 0; t < 100; t++) {
            int[] counts = new int[9];
            if (t % 2 == 0) {
                counts[6] = 2;
                counts[5] = 1;
                counts[7] = 1;
            }
            decoded = decoder.decode(counts);
        }
        // then
        assertEquals(decoder.preferredTurn(6), decoded, 1e-9);
    }

    @Test
    void should_stay_within_the_range_and_follow_a_shift_of_activity() {
        // given
        for (int t = 0; t < 100; t++) {
            int[] counts = new int[9];
            counts[1] = 1;
            assertTrue(Math.abs(decoder.decode(counts)) <= MAX_TURN);
        }
        double left = decoder.decode(new int[9]);
        // when: the activity moves to the other end
        double right = 0;
        for (int t = 0; t < 200; t++) {
            int[] counts = new int[9];
            counts[8] = 1;
            right = decoder.decode(counts);
        }
        // then
        assertTrue(left < 0 && right > 0, left + " then " + right);
        assertEquals(MAX_TURN, right, 0.01);
    }

    @Test
    void should_fall_back_to_zero_after_the_population_falls_silent() {
        int[] burst = new int[9];
        burst[0] = 3;
        assertEquals(-MAX_TURN, decoder.decode(burst), 1e-12);
        double decoded = -1;
        for (int t = 0; t < 200; t++) {
            decoded = decoder.decode(new int[9]);
        }
        assertEquals(0, decoded);
    }

    @Test
    void should_reject_too_few_neurons_and_counts_of_the_wrong_size() {
        assertThrows(IllegalArgumentException.class, () -> new PopulationVectorDecoder(1, 1, 20, 1));
        assertThrows(IllegalArgumentException.class, () -> new PopulationVectorDecoder(4, 0, 20, 1));
        assertThrows(IllegalArgumentException.class, () -> decoder.decode(new int[3]));
    }
}
